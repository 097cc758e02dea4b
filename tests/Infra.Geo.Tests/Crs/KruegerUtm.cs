namespace Infra.Geo.Tests.Crs;

/// <summary>
/// Independent reference: the closed-form Krüger series (third order in n) for UTM zone 32N on GRS80, as given by
/// Karney (2011) and the UTM article of the NGA. Accurate to about 1 mm within 3 000 km of the central meridian.
/// </summary>
internal static class KruegerUtm
{
    private const double A = 6378137.0;
    private const double F = 1 / 298.257222101;
    private const double K0 = 0.9996;
    private const double E0 = 500_000;
    private const double Lambda0 = 9 * Math.PI / 180;

    public static (double X, double Y) Forward(double lonDeg, double latDeg)
    {
        var n = F / (2 - F);
        var bigA = A / (1 + n) * (1 + (n * n / 4) + (Math.Pow(n, 4) / 64));
        double[] alpha =
        [
            (n / 2) - (2 * n * n / 3) + (5 * n * n * n / 16),
            (13 * n * n / 48) - (3 * n * n * n / 5),
            61 * n * n * n / 240,
        ];
        var phi = latDeg * Math.PI / 180;
        var dLambda = (lonDeg * Math.PI / 180) - Lambda0;
        var c = 2 * Math.Sqrt(n) / (1 + n);
        var t = Math.Sinh(Math.Atanh(Math.Sin(phi)) - (c * Math.Atanh(c * Math.Sin(phi))));
        var xi = Math.Atan(t / Math.Cos(dLambda));
        var eta = Math.Atanh(Math.Sin(dLambda) / Math.Sqrt(1 + (t * t)));
        var east = eta;
        var north = xi;
        for (var j = 1; j <= 3; j++)
        {
            east += alpha[j - 1] * Math.Cos(2 * j * xi) * Math.Sinh(2 * j * eta);
            north += alpha[j - 1] * Math.Sin(2 * j * xi) * Math.Cosh(2 * j * eta);
        }

        return (E0 + (K0 * bigA * east), K0 * bigA * north);
    }
}
