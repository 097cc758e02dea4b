using Infra.Core.Language;
using Infra.Data.Plans;
using Infra.Data.Tests.Support;

namespace Infra.Data.Tests.Schema;

/// <summary>
/// Plan versions labelled with German words before schema 11 (Ausgangsplan, Fortschreibung) carry codes afterwards,
/// found by the stores' lookups, and the glossary turns them back into the words people read.
/// </summary>
public sealed class PlanLabelCodesMigrationTests
{
    private static readonly DateTimeOffset At = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public Task Sqlite_upgrade_turns_stored_words_into_codes() => TestDatabases.OnSqlite(Upgrade);

    [PostgresFact]
    public Task Postgres_upgrade_turns_stored_words_into_codes() => TestDatabases.OnPostgres(Upgrade);

    private static async Task Upgrade(DatabaseOptions options)
    {
        var scripts = ProviderDialect.For(options.Provider).Scripts;
        var before = await InfraDatabase.OpenAsync(options, [.. scripts.Where(s => s.Version <= 10)], CancellationToken.None);
        await using (var sql = await SqlSession.OpenAsync(before, CancellationToken.None))
        {
            foreach (var label in new[] { "Ausgangsplan", "Fortschreibung", null })
            {
                await sql.ExecuteAsync(
                    "INSERT INTO plan_versions (scenario_name, scenario_yaml, created_at, npv_euro, capex_euro, status, deadline, sites, summary_json, label) "
                    + "VALUES ('alt', '', @at, 0, 0, 'optimal', @deadline, 0, '{}', @label)",
                    CancellationToken.None, ("@at", At), ("@deadline", new DateOnly(2028, 6, 30)), ("@label", label));
            }
        }

        var after = await InfraDatabase.OpenAsync(options);

        await using var check = await SqlSession.OpenAsync(after, CancellationToken.None);
        var labels = new List<string?>();
        foreach (var version in new[] { 1, 2, 3 })
        {
            var value = await check.ScalarAsync($"SELECT label FROM plan_versions WHERE version = {version}", CancellationToken.None);
            labels.Add(value is DBNull or null ? null : (string)value);
        }

        Assert.Equal([PlanLabels.Baseline, PlanLabels.Replan, null], labels);
        Assert.Equal(["Ausgangsplan", "Fortschreibung"], labels.OfType<string>().Select(l => Glossary.Label(DomainNames.PlanLabel, l)));
    }
}
