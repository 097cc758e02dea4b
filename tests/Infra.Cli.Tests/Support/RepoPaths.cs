namespace Infra.Cli.Tests.Support;

/// <summary>Paths of the repository the tests run in (found by walking up to Infra.sln).</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Geodata => Path.Combine(Root, "geodata");

    public static string Scenarios => Path.Combine(Root, "scenarios");

    /// <summary>The built infra.dll next to the tests (the test project references the CLI).</summary>
    public static string InfraDll => Path.Combine(AppContext.BaseDirectory, "infra.dll");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Infra.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Infra.sln not found above " + AppContext.BaseDirectory);
    }
}
