namespace Infra.Data.Schema;

/// <summary>What <see cref="SchemaMigrator"/> did: the version before and after, and the scripts it ran (empty when up to date).</summary>
public sealed record SchemaMigrationResult(int FromVersion, int ToVersion, IReadOnlyList<string> AppliedScripts);
