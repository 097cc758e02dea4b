using Bogus;

namespace Infra.Synthetic;

/// <summary>
/// One independent random stream per layer, derived from the user's seed, so that changing one layer's size does
/// not reshuffle the others. Never touches Bogus' global <c>Randomizer.Seed</c>.
/// </summary>
internal static class SeedStreams
{
    public const int Frame = 1;
    public const int Streets = 2;
    public const int Names = 3;
    public const int Backbone = 4;
    public const int Sites = 5;
    public const int Hubs = 6;
    public const int Obstacles = 7;
    public const int Thinning = 8;

    public static Randomizer Randomizer(int seed, int stream) => new(Derive(seed, stream));

    /// <summary>A German-locale faker on its own stream.</summary>
    public static Faker Faker(int seed, int stream) => new("de") { Random = Randomizer(seed, stream) };

    private static int Derive(int seed, int stream) => unchecked((seed * 1_000_003) + (stream * 7_919));
}
