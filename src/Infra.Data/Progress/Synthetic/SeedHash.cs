namespace Infra.Data.Progress.Synthetic;

/// <summary>FNV-1a over a seed and an id: stable across runs and .NET versions (string.GetHashCode is randomised per process).</summary>
internal static class SeedHash
{
    public static int Of(int seed, string id)
    {
        var hash = 2166136261u ^ (uint)seed;
        foreach (var c in id)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash & 0x7FFFFFFF);
    }
}
