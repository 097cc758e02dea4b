using Infra.Planning.Pipeline;

namespace Infra.Data.Plans;

/// <summary>
/// Plan versions in the database. <see cref="SaveAsync"/> writes a whole <see cref="PlanOutcome"/> as a new version in
/// one transaction (a failure or cancellation leaves no trace); reads are ordered deterministically.
/// </summary>
public sealed class PlanStore(InfraDatabase database, TimeProvider? time = null)
{
    private readonly InfraDatabase database = database ?? throw new ArgumentNullException(nameof(database));
    private readonly TimeProvider time = time ?? TimeProvider.System;

    /// <summary>Saves the outcome as a new version and returns its number.</summary>
    public Task<long> SaveAsync(PlanOutcome outcome, PlanSaveOptions options, CancellationToken ct = default) =>
        throw new NotImplementedException();

    /// <summary>Every version, newest first.</summary>
    public Task<IReadOnlyList<PlanVersionInfo>> ListAsync(CancellationToken ct = default) => throw new NotImplementedException();

    public Task<PlanVersionInfo?> GetAsync(long version, CancellationToken ct = default) => throw new NotImplementedException();

    /// <summary>The newest version, of the scenario when given.</summary>
    public Task<PlanVersionInfo?> LatestAsync(string? scenarioName, CancellationToken ct = default) => throw new NotImplementedException();

    /// <summary>Sites ordered by id (ordinal).</summary>
    public Task<IReadOnlyList<StoredPlanSite>> SitesAsync(long version, CancellationToken ct = default) => throw new NotImplementedException();

    /// <summary>Trenches ordered by edge index.</summary>
    public Task<IReadOnlyList<StoredTrench>> TrenchesAsync(long version, CancellationToken ct = default) => throw new NotImplementedException();

    /// <summary>Links ordered by site id.</summary>
    public Task<IReadOnlyList<StoredLink>> LinksAsync(long version, CancellationToken ct = default) => throw new NotImplementedException();

    /// <summary>The planned curve, oldest quarter first.</summary>
    public Task<IReadOnlyList<StoredQuarter>> QuartersAsync(long version, CancellationToken ct = default) => throw new NotImplementedException();

    /// <summary>Years, oldest first.</summary>
    public Task<IReadOnlyList<StoredYear>> YearsAsync(long version, CancellationToken ct = default) => throw new NotImplementedException();
}
