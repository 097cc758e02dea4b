using Infra.Core.Network;
using Infra.Core.Progress;
using Infra.Core.Sites;
using Infra.Data.Conversion;
using Infra.Data.Entities;
using Infra.Core.Codes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Infra.Data;

/// <summary>
/// The EF Core model of the geodata layers. The schema itself comes from the SQL scripts (<see cref="Schema.SchemaMigrator"/>),
/// never from EF: table and column names here must match them (snake_case; geometry in <c>geometry_wkb</c>).
/// </summary>
internal sealed class InfraDbContext(DbContextOptions<InfraDbContext> options) : DbContext(options)
{
    /// <summary>Set by <see cref="InfraDatabase"/>; SQLite unless told otherwise.</summary>
    public ProviderDialect Dialect { get; init; } = ProviderDialect.For(DatabaseProvider.Sqlite);

    public DbSet<SiteEntity> Sites => Set<SiteEntity>();

    public DbSet<LwlRouteEntity> Routes => Set<LwlRouteEntity>();

    public DbSet<AccessPointEntity> AccessPoints => Set<AccessPointEntity>();

    public DbSet<StreetEntity> Streets => Set<StreetEntity>();

    public DbSet<HubEntity> Hubs => Set<HubEntity>();

    public DbSet<ObstacleEntity> Obstacles => Set<ObstacleEntity>();

    public DbSet<DistrictEntity> Districts => Set<DistrictEntity>();

    public DbSet<PlanVersionEntity> PlanVersions => Set<PlanVersionEntity>();

    public DbSet<PlanSiteEntity> PlanSites => Set<PlanSiteEntity>();

    public DbSet<PlanTrenchEntity> PlanTrenches => Set<PlanTrenchEntity>();

    public DbSet<PlanLinkEntity> PlanLinks => Set<PlanLinkEntity>();

    public DbSet<PlanQuarterEntity> PlanQuarters => Set<PlanQuarterEntity>();

    public DbSet<PlanYearEntity> PlanYears => Set<PlanYearEntity>();

    public DbSet<PlanOutlookEntity> PlanOutlooks => Set<PlanOutlookEntity>();

    public DbSet<ProgressReportEntity> ProgressReports => Set<ProgressReportEntity>();

    public DbSet<SiteMilestoneEntity> SiteMilestones => Set<SiteMilestoneEntity>();

    public DbSet<TrenchProgressEntity> TrenchProgress => Set<TrenchProgressEntity>();

    public DbSet<KpiSnapshotEntity> KpiSnapshots => Set<KpiSnapshotEntity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        Layer<SiteEntity>(modelBuilder, "sites", e =>
        {
            e.Property(s => s.Kind).HasConversion(new SiteKindCodeConverter());
            e.Property(s => s.CurrentUplink).HasConversion(new SnakeCaseEnumConverter<UplinkKind>());
            e.Property(s => s.Wlan).HasConversion(new SnakeCaseEnumConverter<WlanState>());
            e.Property(s => s.PinnedTechnology).HasConversion(new SnakeCaseEnumConverter<Technology>());
        });
        Layer<LwlRouteEntity>(modelBuilder, "lwl_routes", _ => { });
        Layer<AccessPointEntity>(modelBuilder, "access_points", e =>
            e.HasOne<LwlRouteEntity>().WithMany().HasForeignKey(a => a.RouteId).OnDelete(DeleteBehavior.Restrict));
        Layer<StreetEntity>(modelBuilder, "streets", e =>
        {
            e.Property(s => s.StreetClass).HasConversion(new SnakeCaseEnumConverter<StreetClass>());
            e.Property(s => s.Surface).HasConversion(new SnakeCaseEnumConverter<SurfaceClass>());
        });
        Layer<HubEntity>(modelBuilder, "hubs", _ => { });
        Layer<ObstacleEntity>(modelBuilder, "obstacles", _ => { });
        Layer<DistrictEntity>(modelBuilder, "districts", _ => { });
        Tracking(modelBuilder);
    }

    /// <summary>Tables of schema script 002 (plan versions, progress, KPI snapshots); columns are the snake-case property names.</summary>
    private static void Tracking(ModelBuilder modelBuilder)
    {
        Row<PlanVersionEntity>(modelBuilder, "plan_versions", e => e.HasKey(v => v.Version), e => e.Property(v => v.Version).ValueGeneratedOnAdd());
        Row<PlanSiteEntity>(modelBuilder, "plan_sites", e => e.HasKey(s => new { s.PlanVersion, s.SiteId }), e =>
            e.Property(s => s.Kind).HasConversion(new SiteKindCodeConverter()));
        Row<PlanTrenchEntity>(modelBuilder, "plan_trenches", e => e.HasKey(t => new { t.PlanVersion, t.TrenchId }), _ => { });
        Row<PlanLinkEntity>(modelBuilder, "plan_links", e => e.HasKey(l => new { l.PlanVersion, l.SiteId }), _ => { });
        Row<PlanQuarterEntity>(modelBuilder, "plan_quarters", e => e.HasKey(q => new { q.PlanVersion, q.Quarter }), _ => { });
        Row<PlanYearEntity>(modelBuilder, "plan_years", e => e.HasKey(y => new { y.PlanVersion, y.Year }), _ => { });
        Row<PlanOutlookEntity>(modelBuilder, "plan_outlooks", e => e.HasKey(o => o.PlanVersion), _ => { });
        Row<ProgressReportEntity>(modelBuilder, "progress_reports", e => e.HasKey(r => r.Id), e => e.Property(r => r.Id).ValueGeneratedOnAdd());
        Row<SiteMilestoneEntity>(modelBuilder, "site_milestones", e => e.HasKey(m => new { m.SiteId, m.Milestone }), e =>
        {
            e.Property(m => m.Milestone).HasConversion(new SnakeCaseEnumConverter<Milestone>());
            e.Property(m => m.Status).HasConversion(new SnakeCaseEnumConverter<MilestoneStatus>());
        });
        Row<TrenchProgressEntity>(modelBuilder, "trench_progress", e => e.HasKey(t => t.TrenchId), _ => { });
        Row<KpiSnapshotEntity>(modelBuilder, "kpi_snapshots", e => e.HasKey(k => k.Id), e => e.Property(k => k.Id).ValueGeneratedOnAdd());
    }

    private static void Row<T>(ModelBuilder modelBuilder, string table, Action<EntityTypeBuilder<T>> key, Action<EntityTypeBuilder<T>> configure)
        where T : class
    {
        var e = modelBuilder.Entity<T>();
        e.ToTable(table);
        key(e);
        if (typeof(T).GetProperty("Geometry") is not null)
        {
            e.Property<NetTopologySuite.Geometries.Geometry>("Geometry")
                .HasConversion(new WkbGeometryConverter(), new GeometryValueComparer())
                .IsRequired()
                .HasColumnName("geometry_wkb");
        }

        configure(e);
        foreach (var property in e.Metadata.GetProperties().Where(p => p.Name != "Geometry"))
        {
            property.SetColumnName(SnakeCase.Of(property.Name));
        }
    }

    private static void Layer<T>(ModelBuilder modelBuilder, string table, Action<EntityTypeBuilder<T>> configure)
        where T : class, ILayerEntity
    {
        var e = modelBuilder.Entity<T>();
        e.ToTable(table);
        e.HasKey(nameof(ILayerEntity.Id));
        e.Property<string>(nameof(ILayerEntity.Id)).ValueGeneratedNever();
        e.Property<NetTopologySuite.Geometries.Geometry>(nameof(ILayerEntity.Geometry))
            .HasConversion(new WkbGeometryConverter(), new GeometryValueComparer())
            .IsRequired();
        configure(e);
        foreach (var property in e.Metadata.GetProperties())
        {
            property.SetColumnName(property.Name == nameof(ILayerEntity.Geometry) ? "geometry_wkb" : SnakeCase.Of(property.Name));
        }
    }
}
