using System.Text.RegularExpressions;
using Infra.Cli.Commands;
using Infra.Cli.Tests.Support;
using Infra.Scenarios;

namespace Infra.Cli.Tests.Scenarios;

/// <summary>
/// A new city without hand-written YAML, as README "Eine andere Stadt planen" walks it: import the official school list
/// and the city's layers, write a scenario for the database, plan it.
/// </summary>
public sealed partial class ScenarioNewTests : IDisposable
{
    private static readonly FixedTime Today = new(new DateTimeOffset(2026, 12, 2, 9, 30, 0, TimeSpan.Zero));
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("2026-01-01", "2026-04-01")]
    [InlineData("2026-03-31", "2026-04-01")]
    [InlineData("2026-12-02", "2027-01-01")]
    [InlineData("2028-11-15", "2029-01-01")]
    public void NextQuarter_is_the_first_day_of_the_following_quarter(string today, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            ScenarioCommand.NextQuarter(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void DefaultDeadline_after_the_programme_deadline_is_three_years_on()
    {
        Assert.Equal(new DateOnly(2028, 6, 30), ScenarioCommand.DefaultDeadline(new DateOnly(2027, 1, 1)));
        Assert.Equal(new DateOnly(2031, 9, 30), ScenarioCommand.DefaultDeadline(new DateOnly(2028, 10, 1)));
    }

    [Fact]
    public async Task Scenario_new_writes_every_key_explained_with_the_next_quarter_and_the_imported_files_and_plans_from_the_database()
    {
        var db = _temp.File("muenster.db");
        var data = Path.Combine(_temp.Path, "daten");
        Directory.CreateDirectory(data);
        var schools = Path.Combine(data, "schulen.csv");
        await File.WriteAllTextAsync(schools, OtherCity.Schools());
        var districts = Path.Combine(data, "bezirke.geojson");
        await File.WriteAllTextAsync(districts, OtherCity.Districts);
        var route = Path.Combine(data, "lwl.geojson");
        await File.WriteAllTextAsync(route, OtherCity.Route);
        var (importCode, imported) = await CliRunner.RunAsync("import", "--db", db, schools, districts, route);
        Assert.True(importCode == 0, imported);
        var path = Path.Combine(_temp.Path, "szenarien", "muenster-2028.yaml");

        var (code, output) = await CliRunner.RunAsync(Today, "scenario", "new", "--db", db, "--name", "muenster-2028", "--out", path);

        Assert.True(code == 0, output);
        var scenario = ScenarioFile.Load(path);
        Assert.Equal(("muenster-2028", new DateOnly(2027, 1, 1), new DateOnly(2028, 6, 30)), (scenario.Name, scenario.PlanningStart, scenario.Deadline));
        Assert.Equal([Path.Combine("..", "daten", "schulen.csv")], scenario.Inputs.Sites);
        Assert.Equal([Path.Combine("..", "daten", "lwl.geojson")], scenario.Inputs.Routes);
        var lines = await File.ReadAllLinesAsync(path);
        var unexplained = lines.Select((l, i) => (Line: l, Before: i > 0 ? lines[i - 1] : ""))
            .Where(p => KeyLine().IsMatch(p.Line) && !p.Before.TrimStart().StartsWith('#'))
            .Select(p => p.Line)
            .ToArray();
        Assert.True(unexplained.Length == 0, "keys without a comment: " + string.Join(", ", unexplained));
        Assert.Contains("time_limit_seconds", string.Join("\n", lines), StringComparison.Ordinal);

        var (planCode, plan) = await CliRunner.RunAsync(Today, "plan", path, "--from-db", "--db", db, "--out", _temp.File("plan"));
        Assert.True(planCode == 0, plan);
        Assert.True(File.Exists(Path.Combine(_temp.File("plan"), "plan.csv")));
    }

    [Fact]
    public async Task Scenario_new_with_a_bad_date_or_name_is_refused()
    {
        var db = _temp.File("leer.db");

        var (badDate, dateOutput) = await CliRunner.RunAsync(Today, "scenario", "new", "--db", db, "--name", "x", "--start", "1.1.2027", "--out", _temp.File("x.yaml"));
        var (badName, nameOutput) = await CliRunner.RunAsync(Today, "scenario", "new", "--db", db, "--name", "Münster 2028", "--out", _temp.File("y.yaml"));

        Assert.True(badDate == 2, dateOutput);
        Assert.Contains("--start: '1.1.2027' ist kein Datum JJJJ-MM-TT", dateOutput, StringComparison.Ordinal);
        Assert.True(badName == 2, nameOutput);
        Assert.False(File.Exists(_temp.File("x.yaml")));
    }

    // Keys of records (lower-case snake_case); dictionary entries such as "Schule:" or "2027:" need no help.
    [GeneratedRegex("^ *[a-z_]+[a-z0-9_]*:")]
    private static partial Regex KeyLine();
}
