using Bogus;

namespace Infra.Synthetic;

/// <summary>
/// A square lattice of junctions over the city's bounding box, bent by a smooth warp and jittered per node so that
/// blocks look organic. Node index = j * Width + i. Coordinates are rounded to 0.01 m once, here, so that every
/// street and route that uses a node shares its coordinate exactly.
/// </summary>
internal sealed class StreetLattice
{
    private readonly double _originX;
    private readonly double _originY;

    public StreetLattice(CityFrame frame, double spacing, Randomizer random)
    {
        Spacing = spacing;
        var margin = 2 * spacing;
        _originX = frame.CentreX - (frame.SemiAxisX * 1.12) - margin;
        _originY = frame.CentreY - (frame.SemiAxisY * 1.12) - margin;
        Width = (int)Math.Ceiling(((frame.SemiAxisX * 2.24) + (2 * margin)) / spacing) + 1;
        Height = (int)Math.Ceiling(((frame.SemiAxisY * 2.24) + (2 * margin)) / spacing) + 1;

        // Warp: a few long sine waves (km wavelengths) bend the grid; amplitude stays small against the wavelength,
        // so blocks stay convex. Jitter moves each junction a little more.
        var amplitude = Math.Min(70, 0.4 * spacing);
        var waves = Enumerable.Range(0, 4).Select(_ => (
            Length: random.Double(2_500, 5_000), Phase: random.Double(0, 2 * Math.PI))).ToArray();
        var jitter = 0.1 * spacing;

        X = new double[Width * Height];
        Y = new double[Width * Height];
        for (var j = 0; j < Height; j++)
        {
            for (var i = 0; i < Width; i++)
            {
                var bx = _originX + (i * spacing);
                var by = _originY + (j * spacing);
                var wx = amplitude * (Math.Sin((2 * Math.PI * by / waves[0].Length) + waves[0].Phase)
                    + (0.5 * Math.Sin((2 * Math.PI * bx / waves[1].Length) + waves[1].Phase)));
                var wy = amplitude * (Math.Sin((2 * Math.PI * bx / waves[2].Length) + waves[2].Phase)
                    + (0.5 * Math.Sin((2 * Math.PI * by / waves[3].Length) + waves[3].Phase)));
                var n = Index(i, j);
                X[n] = Precision.Round(bx + wx + random.Double(-jitter, jitter));
                Y[n] = Precision.Round(by + wy + random.Double(-jitter, jitter));
            }
        }
    }

    public double Spacing { get; }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Easting of each node, EPSG:25832 metres, rounded to 0.01 m.</summary>
    public double[] X { get; }

    /// <summary>Northing of each node, EPSG:25832 metres, rounded to 0.01 m.</summary>
    public double[] Y { get; }

    public int Count => X.Length;

    public int Index(int i, int j) => (j * Width) + i;

    public int I(int node) => node % Width;

    public int J(int node) => node / Width;

    public bool InBounds(int i, int j) => i >= 0 && j >= 0 && i < Width && j < Height;

    public double Distance(int a, int b) => Math.Sqrt(((X[a] - X[b]) * (X[a] - X[b])) + ((Y[a] - Y[b]) * (Y[a] - Y[b])));

    /// <summary>The node nearest to a point (searched around the unwarped cell, which the warp moves by less than two cells).</summary>
    public int Nearest(double x, double y)
    {
        var ci = (int)Math.Round((x - _originX) / Spacing);
        var cj = (int)Math.Round((y - _originY) / Spacing);
        var best = -1;
        var bestDistance = double.MaxValue;
        for (var j = cj - 2; j <= cj + 2; j++)
        {
            for (var i = ci - 2; i <= ci + 2; i++)
            {
                if (!InBounds(i, j))
                {
                    continue;
                }

                var n = Index(i, j);
                var d = ((X[n] - x) * (X[n] - x)) + ((Y[n] - y) * (Y[n] - y));
                if (d < bestDistance)
                {
                    bestDistance = d;
                    best = n;
                }
            }
        }

        return best >= 0 ? best : Index(Math.Clamp(ci, 0, Width - 1), Math.Clamp(cj, 0, Height - 1));
    }
}
