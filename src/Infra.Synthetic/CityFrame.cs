using Bogus;

namespace Infra.Synthetic;

/// <summary>
/// The city's shape: a noisy ellipse as outline, districts as weighted discs of population, parks as holes, and
/// a populated belt around every school. Answers "is this point inside / populated / in which district".
/// </summary>
internal sealed class CityFrame
{
    private const double SchoolReachM = 350;
    private const double PopulatedRadiusM = 3_000;

    private readonly double[] _districtX;
    private readonly double[] _districtY;
    private readonly double[] _districtRadius;
    private readonly (double X, double Y)[] _schools;
    private readonly (double X, double Y, double R)[] _parks;
    private readonly double _phase3;
    private readonly double _phase5;

    public CityFrame(SynthesisOptions options, Randomizer random)
    {
        var districts = options.Districts;
        Weights = DistrictWeights.FromSchools(districts, options.Schools);
        _districtX = districts.Select(d => d.X).ToArray();
        _districtY = districts.Select(d => d.Y).ToArray();
        _districtRadius = Weights.Select(w => PopulatedRadiusM * Math.Sqrt(w * districts.Count)).ToArray();
        _schools = options.Schools.Select(s => (s.Location.X, s.Location.Y)).ToArray();
        (CentreX, CentreY) = options.CityCentre ?? (_districtX.Average(), _districtY.Average());
        _phase3 = random.Double(0, 2 * Math.PI);
        _phase5 = random.Double(0, 2 * Math.PI);
        SemiAxisX = options.CityWidthM / 2;
        SemiAxisY = options.CityHeightM / 2;

        // Grow the outline until every centre and school lies well inside it.
        var inputs = _schools.Concat(districts.Select(d => (d.X, d.Y)));
        var worst = inputs.Select(p => OutlineRatio(p.Item1, p.Item2)).DefaultIfEmpty(0).Max();
        if (worst > 0.9)
        {
            SemiAxisX *= worst / 0.9;
            SemiAxisY *= worst / 0.9;
        }

        _parks = Enumerable.Range(0, 18).Select(_ => (
            CentreX + random.Double(-0.8, 0.8) * SemiAxisX,
            CentreY + random.Double(-0.8, 0.8) * SemiAxisY,
            random.Double(180, 480))).ToArray();
    }

    public double CentreX { get; }

    public double CentreY { get; }

    public double SemiAxisX { get; }

    public double SemiAxisY { get; }

    /// <summary>Share of each district (sums to 1), in district order.</summary>
    public IReadOnlyList<double> Weights { get; }

    public int DistrictCount => _districtX.Length;

    public bool InsideOutline(double x, double y) => OutlineRatio(x, y) <= 1;

    /// <summary>
    /// Distance to the nearest district centre relative to that district's populated radius: below 1 is populated.
    /// </summary>
    public double Remoteness(double x, double y)
    {
        var best = double.MaxValue;
        for (var d = 0; d < _districtX.Length; d++)
        {
            best = Math.Min(best, Distance(x, y, _districtX[d], _districtY[d]) / _districtRadius[d]);
        }

        return best;
    }

    /// <summary>True where local streets are laid: inside the outline, near a district or a school, not in a park.</summary>
    public bool IsPopulated(double x, double y)
    {
        if (!InsideOutline(x, y))
        {
            return false;
        }

        if (NearSchool(x, y))
        {
            return true;
        }

        return Remoteness(x, y) <= 1 && !_parks.Any(p => Distance(x, y, p.X, p.Y) < p.R);
    }

    /// <summary>Index of the district the point belongs to (weighted nearest centre).</summary>
    public int DistrictOf(double x, double y)
    {
        var best = 0;
        var bestValue = double.MaxValue;
        for (var d = 0; d < _districtX.Length; d++)
        {
            var value = Distance(x, y, _districtX[d], _districtY[d]) / _districtRadius[d];
            if (value < bestValue)
            {
                bestValue = value;
                best = d;
            }
        }

        return best;
    }

    private bool NearSchool(double x, double y)
    {
        foreach (var (sx, sy) in _schools)
        {
            if (Math.Abs(sx - x) < SchoolReachM && Math.Abs(sy - y) < SchoolReachM && Distance(x, y, sx, sy) < SchoolReachM)
            {
                return true;
            }
        }

        return false;
    }

    private double OutlineRatio(double x, double y)
    {
        var dx = (x - CentreX) / SemiAxisX;
        var dy = (y - CentreY) / SemiAxisY;
        var angle = Math.Atan2(dy, dx);
        var edge = 1 + (0.06 * Math.Sin((3 * angle) + _phase3)) + (0.04 * Math.Sin((5 * angle) + _phase5));
        return Math.Sqrt((dx * dx) + (dy * dy)) / edge;
    }

    private static double Distance(double x1, double y1, double x2, double y2) => Math.Sqrt(((x1 - x2) * (x1 - x2)) + ((y1 - y2) * (y1 - y2)));
}
