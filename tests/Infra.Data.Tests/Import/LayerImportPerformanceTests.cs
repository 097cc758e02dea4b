using System.Diagnostics;
using Infra.Data.Import;
using Infra.Data.Store;
using Infra.Data.Tests.Support;
using Infra.Synthetic;
using Xunit.Abstractions;

namespace Infra.Data.Tests.Import;

/// <summary>The full synthetic city (about 25,000 street segments) through one import per provider; times are written, not asserted.</summary>
public sealed class LayerImportPerformanceTests(ITestOutputHelper output) : IDisposable
{
    private readonly SqliteTestDatabase database = new();

    [Fact]
    public Task ImportAsync_full_city_twice_on_sqlite_second_time_all_unchanged() => ImportFullCityTwice(database.Options);

    [PostgresFact]
    public async Task ImportAsync_full_city_twice_on_postgres_second_time_all_unchanged()
    {
        await using var postgres = await PostgresTestDatabase.CreateAsync();
        await ImportFullCityTwice(postgres.Options);
    }

    private async Task ImportFullCityTwice(DatabaseOptions options)
    {
        var city = CitySynthesizer.Generate(new SynthesisOptions
        {
            Districts =
            [
                new("Aplerbeck", 399545, 5705650), new("Brackel", 401088, 5709358), new("Eving", 394331, 5712785),
                new("Hombruch", 392052, 5703511), new("Huckarde", 388094, 5709732), new("Hörde", 395786, 5703443),
                new("Innenstadt Nord", 393477, 5709386), new("Innenstadt Ost", 395165, 5707194),
                new("Innenstadt West", 392219, 5707679), new("Lütgendortmund", 385693, 5706652),
                new("Mengede", 387575, 5713488), new("Scharnhorst", 399260, 5712642),
            ],
        });
        var db = await InfraDatabase.OpenAsync(options);
        var importer = new LayerImporter(db);

        var watch = Stopwatch.StartNew();
        var first = await importer.ImportAsync(LayerImport.All(city));
        var firstTime = watch.Elapsed;
        watch.Restart();
        var second = await importer.ImportAsync(LayerImport.All(city, removeMissing: true));
        var secondTime = watch.Elapsed;
        watch.Restart();
        var loaded = await new LayerStore(db).LoadInventoryAsync();
        var readTime = watch.Elapsed;

        output.WriteLine(
            $"{options.Provider}: sites {city.Sites.Count}, routes {city.Routes.Count}, access points {city.AccessPoints.Count}, streets {city.Streets.Count}, "
            + $"hubs {city.Hubs.Count}, obstacles {city.Obstacles.Count}: first import {firstTime.TotalSeconds:F2} s, "
            + $"re-import {secondTime.TotalSeconds:F2} s, read back {readTime.TotalSeconds:F2} s");
        Assert.True(city.Streets.Count > 20_000);
        Assert.Equal(first.Sum(r => r.Imported), first.Sum(r => r.New));
        Assert.Equal(second.Sum(r => r.Imported), second.Sum(r => r.Unchanged));
        Assert.Equal(city.Streets.Count, loaded.Streets.Count);
        Assert.Equal(city.Sites.Count, loaded.Sites.Count);
    }

    public void Dispose() => database.Dispose();
}
