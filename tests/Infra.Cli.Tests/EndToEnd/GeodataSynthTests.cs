using Infra.Cli.Commands;
using Infra.Cli.Tests.Support;

namespace Infra.Cli.Tests.EndToEnd;

/// <summary>The synthetic layers in geodata/ are exactly what <c>infra geodata synth</c> produces from the real CSVs.</summary>
public sealed class GeodataSynthTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task Synth_reproduces_the_committed_files_byte_for_byte()
    {
        var (code, output) = await CliRunner.RunAsync(
            "geodata", "synth", "--out", _temp.Path, "--seed", "2028",
            "--schools", Path.Combine(RepoPaths.Geodata, "schulen-dortmund-2024-25.csv"),
            "--districts", Path.Combine(RepoPaths.Geodata, "stadtbezirke-dortmund.csv"));
        Assert.True(code == 0, output);
        foreach (var name in GeodataCommand.SyntheticFiles)
        {
            var committed = await File.ReadAllBytesAsync(Path.Combine(RepoPaths.Geodata, name));
            var fresh = await File.ReadAllBytesAsync(_temp.File(name));
            Assert.True(committed.AsSpan().SequenceEqual(fresh), $"{name} differs from a fresh 'geodata synth'");
            Assert.True(committed.Length < 10 * 1024 * 1024, $"{name} is {committed.Length} bytes");
        }
    }

    [Fact]
    public async Task Another_seed_gives_other_data()
    {
        var (code, output) = await CliRunner.RunAsync(
            "geodata", "synth", "--out", _temp.Path, "--seed", "7",
            "--schools", Path.Combine(RepoPaths.Geodata, "schulen-dortmund-2024-25.csv"),
            "--districts", Path.Combine(RepoPaths.Geodata, "stadtbezirke-dortmund.csv"));
        Assert.True(code == 0, output);
        var committed = await File.ReadAllBytesAsync(Path.Combine(RepoPaths.Geodata, "liegenschaften-synthetisch.geojson"));
        var fresh = await File.ReadAllBytesAsync(_temp.File("liegenschaften-synthetisch.geojson"));
        Assert.False(committed.AsSpan().SequenceEqual(fresh));
    }

    public void Dispose() => _temp.Dispose();
}
