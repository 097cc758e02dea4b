using System.Text;

namespace Infra.Tests.Shared;

/// <summary>
/// Approval-style comparison with a checked-in file, so that a change of a contract (public types, OpenAPI document,
/// JSON shapes) shows as a diff in review. A mismatch writes the new text beside the file as <c>*.received</c> and
/// fails; <c>INFRA_UPDATE_SNAPSHOTS=1</c> accepts it (rewrites the file). Line endings are normalised to \n.
/// </summary>
public static class ApprovedText
{
    /// <summary>The repository root: the first folder above the test binaries that holds Infra.sln.</summary>
    public static string RepoRoot { get; } = FindRoot();

    /// <param name="relativePath">The checked-in file, relative to the repository root.</param>
    /// <param name="actual">What the code produces now.</param>
    public static void Match(string relativePath, string actual)
    {
        ArgumentNullException.ThrowIfNull(actual);
        var path = System.IO.Path.Combine(RepoRoot, relativePath);
        var text = Normalise(actual);
        var received = path + ".received";
        if (Environment.GetEnvironmentVariable("INFRA_UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text, new UTF8Encoding(false));
            File.Delete(received);
            return;
        }

        var expected = File.Exists(path) ? Normalise(File.ReadAllText(path)) : null;
        if (expected == text)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, text, new UTF8Encoding(false));
        Assert.Fail(expected is null
            ? $"snapshot {relativePath} does not exist; the current text is in {received} (accept with INFRA_UPDATE_SNAPSHOTS=1)"
            : $"snapshot {relativePath} differs {FirstDifference(expected, text)}; the current text is in {received} "
              + "(review the diff, accept with INFRA_UPDATE_SNAPSHOTS=1)");
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n') + "\n";

    private static string FirstDifference(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var x = i < a.Length ? a[i] : "<end>";
            var y = i < b.Length ? b[i] : "<end>";
            if (x != y)
            {
                return $"at line {i + 1}: expected «{x}», now «{y}»";
            }
        }

        return "only in line endings";
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Infra.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Infra.sln not found above " + AppContext.BaseDirectory);
    }
}
