using Infra.Core.Progress;
using Infra.Data.Progress;

namespace Infra.Data.Tests.Tracking;

/// <summary>The example reports of docs/progress-reports.md parse without errors, row for row.</summary>
public sealed class ProgressExampleTests
{
    [Theory]
    [InlineData("fortschritt-meilensteine.csv", 8, 0)]
    [InlineData("fortschritt-trassen.csv", 0, 2)]
    [InlineData("fortschritt.geojson", 2, 1)]
    public void Example_parses_without_errors(string file, int milestones, int trenches)
    {
        var path = Path.Combine(RepoRoot(), "geodata", "examples", file);

        var report = ProgressReportReader.Read(file, File.ReadAllBytes(path));

        Assert.Empty(report.Errors);
        Assert.Equal((milestones, trenches), (report.Milestones.Count, report.Trenches.Count));
    }

    [Fact]
    public void Milestone_and_status_spellings_are_forgiving()
    {
        var report = ProgressReportReader.Read(
            "x.csv", "liegenschaft_id,meilenstein,geplant,ist,status\nA,Einblasen/Spleißen,,,In Arbeit\nA,EinblasenSpleissen,,,ERLEDIGT\n"u8.ToArray());

        Assert.Empty(report.Errors);
        Assert.All(report.Milestones, m => Assert.Equal(Milestone.EinblasenSpleissen, m.Milestone));
        Assert.Equal([MilestoneStatus.InArbeit, MilestoneStatus.Erledigt], report.Milestones.Select(m => m.Status));
    }

    [Fact]
    public void Csv_without_known_header_is_refused_as_a_whole()
    {
        var error = Assert.Throws<Core.Inputs.InputException>(() => ProgressReportReader.Read("x.csv", "id,wert\n1,2\n"u8.ToArray()));

        Assert.Contains("liegenschaft_id,meilenstein,geplant,ist,status", Assert.Single(error.Errors).Message, StringComparison.Ordinal);
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Infra.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Infra.sln not found above the test folder");
    }
}
