using System.Text.RegularExpressions;

namespace Infra.Planning.Tests.Architecture;

/// <summary>
/// Infra.Planning's rooms (namespaces) depend on each other in one direction only: a room may use the rooms before it
/// in <see cref="Order"/>, never one after it. Read from the sources: <c>using</c> lines, fully qualified names and
/// names qualified by a sibling room (<c>Solver.SolverPhase</c>) whose type is declared in that room.
/// </summary>
public sealed partial class RoomOrderTests
{
    /// <summary>The one-way order, as docs/architecture.md lists it.</summary>
    public static readonly string[] Order =
        ["Graph", "Solver", "Costs", "Instance", "Radio", "Preparation", "Evaluation", "Baseline", "Design", "Plans", "Schedule", "Replan", "Pipeline", "Export"];

    [Fact]
    public void Every_room_of_the_source_is_in_the_order()
    {
        var rooms = Sources().Select(s => s.Room).Distinct().Order(StringComparer.Ordinal).ToList();

        Assert.Equal(Order.Order(StringComparer.Ordinal), rooms);
    }

    [Fact]
    public void No_room_uses_a_later_room()
    {
        var violations = Violations(Sources());

        Assert.True(violations.Count == 0, "Gegen die Richtung:\n" + string.Join('\n', violations));
    }

    [Fact]
    public void The_check_finds_a_dependency_against_the_order()
    {
        // A Graph file that names a Design type must be reported, else the test above could pass by reading nothing.
        var sources = new List<SourceFile>
        {
            new("Graph/Fake.cs", "Graph", "using Infra.Planning.Design;\nnamespace Infra.Planning.Graph;\nclass Fake { }"),
            new("Graph/Other.cs", "Graph", "namespace Infra.Planning.Graph;\nclass Other { Design.NetworkDesignModel? m; }"),
            new("Design/NetworkDesignModel.cs", "Design", "namespace Infra.Planning.Design;\ninternal sealed class NetworkDesignModel { }"),
        };

        var violations = Violations(sources);

        Assert.Equal(2, violations.Count);
        Assert.All(violations, v => Assert.Contains("Graph → Design", v, StringComparison.Ordinal));
    }

    private static List<string> Violations(IReadOnlyList<SourceFile> sources)
    {
        var typesByRoom = sources.GroupBy(s => s.Room).ToDictionary(
            g => g.Key, g => g.SelectMany(s => Declaration().Matches(s.Text).Select(m => m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal));
        var rank = Order.Select((room, i) => (room, i)).ToDictionary(x => x.room, x => x.i, StringComparer.Ordinal);
        var violations = new List<string>();
        foreach (var source in sources)
        {
            var used = new SortedSet<string>(StringComparer.Ordinal);
            foreach (Match m in Qualified().Matches(source.Text))
            {
                used.Add(m.Groups[1].Value);
            }

            foreach (Match m in RelativeQualified().Matches(source.Text))
            {
                if (typesByRoom.TryGetValue(m.Groups[1].Value, out var types) && types.Contains(m.Groups[2].Value))
                {
                    used.Add(m.Groups[1].Value);
                }
            }

            violations.AddRange(used
                .Where(room => room != source.Room && rank.TryGetValue(room, out var r) && r > rank.GetValueOrDefault(source.Room, -1))
                .Select(room => $"{source.Path}: {source.Room} → {room}"));
        }

        return violations;
    }

    private static List<SourceFile> Sources()
    {
        var root = Path.Combine(ApprovedText.RepoRoot, "src", "Infra.Planning");
        return Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (Path: Path.GetRelativePath(root, f), Text: File.ReadAllText(f)))
            .Select(f => new SourceFile(f.Path, Namespace().Match(f.Text) is { Success: true } m ? m.Groups[1].Value : "", f.Text))
            .Where(s => s.Room.Length > 0)
            .OrderBy(s => s.Path, StringComparer.Ordinal)
            .ToList();
    }

    private sealed record SourceFile(string Path, string Room, string Text);

    [GeneratedRegex(@"^namespace Infra\.Planning\.(\w+)", RegexOptions.Multiline)]
    private static partial Regex Namespace();

    [GeneratedRegex(@"Infra\.Planning\.([A-Z]\w*)")]
    private static partial Regex Qualified();

    [GeneratedRegex(@"(?<![\w.])([A-Z]\w*)\.([A-Z]\w*)")]
    private static partial Regex RelativeQualified();

    [GeneratedRegex(@"\b(?:class|record|struct|enum|interface)\s+([A-Z]\w*)")]
    private static partial Regex Declaration();
}
