using Infra.Planning.Schedule;

namespace Infra.Planning.Tests.Schedule;

public sealed class QuarterTests
{
    [Fact]
    public void FromDateFormatsAndArithmetic()
    {
        var q = Quarter.FromDate(new DateOnly(2024, 8, 15));
        Assert.Equal(new Quarter(2024, 3), q);
        Assert.Equal("2024-Q3", q.ToString());
        Assert.Equal("Q3/2024", q.German);
        Assert.Equal(new DateOnly(2024, 9, 30), q.LastDay);
        Assert.Equal(new DateOnly(2024, 7, 1), q.FirstDay);
        Assert.Equal(new Quarter(2025, 2), q + 3);
        Assert.Equal(new Quarter(2023, 4), q - 3);
        Assert.Equal(7, new Quarter(2026, 2) - q);
        Assert.True(q < q + 1);
        Assert.Equal(new DateOnly(2028, 6, 30), Quarter.FromDate(new DateOnly(2028, 6, 30)).LastDay);
    }

    [Fact]
    public void DefaultDeadlineIsQuarter37FromThe2019Start()
    {
        var start = Quarter.FromDate(new DateOnly(2019, 1, 1));
        var deadline = Quarter.FromDate(new DateOnly(2028, 6, 30));
        Assert.Equal("2028-Q2", deadline.ToString());
        Assert.Equal(37, deadline - start);
        Assert.Equal(deadline, start + 37);
    }

    [Fact]
    public void RejectsQuarterNumbersOutsideOneToFour()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Quarter(2024, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Quarter(2024, 5));
    }
}
