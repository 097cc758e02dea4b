using Infra.Core.Network;
using Infra.Core.Sites;
using Infra.Data.Conversion;
using Infra.Data.Entities;
using Infra.Data.Naming;
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
