using System.Globalization;

namespace Infra.Planning.Schedule;

/// <summary>
/// A calendar quarter (Year, Number 1..4). Quarters are ordered in time; <c>q + n</c> moves n quarters on and
/// <c>a - b</c> counts the quarters between two. <see cref="ToString"/> gives "2024-Q3", <see cref="German"/> "Q3/2024".
/// </summary>
public readonly record struct Quarter : IComparable<Quarter>
{
    public Quarter(int year, int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 4);
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        Year = year;
        Number = number;
    }

    public int Year { get; }

    /// <summary>1 to 4.</summary>
    public int Number { get; }

    /// <summary>Quarters since year 0 (Year × 4 + Number − 1); differences of ordinals count quarters.</summary>
    public int Ordinal => (Year * 4) + Number - 1;

    /// <summary>"Q3/2024", for reports and the CLI.</summary>
    public string German => string.Create(CultureInfo.InvariantCulture, $"Q{Number}/{Year}");

    public DateOnly FirstDay => new(Year, ((Number - 1) * 3) + 1, 1);

    public DateOnly LastDay => FirstDay.AddMonths(3).AddDays(-1);

    public static Quarter FromDate(DateOnly date) => new(date.Year, ((date.Month - 1) / 3) + 1);

    /// <summary>Parses "2024-Q3" (as <see cref="ToString"/> writes it).</summary>
    public static bool TryParse(string? text, out Quarter quarter)
    {
        quarter = default;
        if (text is not { Length: 7 } t || t[4] != '-' || t[5] != 'Q' || t[6] is < '1' or > '4'
            || !int.TryParse(t.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1)
        {
            return false;
        }

        quarter = new Quarter(year, t[6] - '0');
        return true;
    }

    public static Quarter FromOrdinal(int ordinal)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(ordinal);
        return new Quarter(ordinal / 4, (ordinal % 4) + 1);
    }

    public static Quarter operator +(Quarter quarter, int quarters) => quarter.Add(quarters);

    public static Quarter operator -(Quarter quarter, int quarters) => quarter.Add(-quarters);

    /// <summary>Quarters from <paramref name="b"/> to <paramref name="a"/> (negative when a is earlier).</summary>
    public static int operator -(Quarter a, Quarter b) => a.Ordinal - b.Ordinal;

    public static bool operator <(Quarter a, Quarter b) => a.Ordinal < b.Ordinal;

    public static bool operator >(Quarter a, Quarter b) => a.Ordinal > b.Ordinal;

    public static bool operator <=(Quarter a, Quarter b) => a.Ordinal <= b.Ordinal;

    public static bool operator >=(Quarter a, Quarter b) => a.Ordinal >= b.Ordinal;

    public Quarter Add(int quarters) => FromOrdinal(Ordinal + quarters);

    public Quarter Subtract(int quarters) => FromOrdinal(Ordinal - quarters);

    /// <summary>Quarters from <paramref name="other"/> to this one.</summary>
    public int Subtract(Quarter other) => Ordinal - other.Ordinal;

    public int CompareTo(Quarter other) => Ordinal.CompareTo(other.Ordinal);

    /// <summary>"2024-Q3".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-Q{Number}");
}
