using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Infra.Web.Auth;
using static Infra.Web.Tests.Probes.Probe;

namespace Infra.Web.Tests.Probes;

/// <summary>Implausible progress (metres beyond the trench, dates outside the plan's horizon) is refused per row, nothing written.</summary>
[Collection(ProbeTestGroup.Name)]
public sealed class ProgressPlausibilityTests(ProbeFixture fixture)
{
    private static string Today => TimeProvider.System.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<JsonElement[]> RefusedAsync(string csv)
    {
        using var client = fixture.Client(Roles.Planer);
        var body = await ExpectAsync(fixture, client, Send("POST", "api/progress?fileName=bericht.csv", new StringContent(csv, Encoding.UTF8, "text/csv")),
            HttpStatusCode.BadRequest);
        using var problem = JsonDocument.Parse(body);
        return problem.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.Clone()).ToArray();
    }

    [Theory]
    [InlineData("1e300")]
    [InlineData("1.6")]
    public async Task Metres_beyond_the_trench_length_times_the_factor_are_refused_on_their_row(string timesLength)
    {
        var metres = double.Parse(timesLength, CultureInfo.InvariantCulture) is var f && f < 100 ? fixture.TrenchLength * f : f;
        var errors = await RefusedAsync(FormattableString.Invariant($"trasse_id,meter_gebaut,stand\n{fixture.TrenchId},{metres},{Today}\n"));
        var error = Assert.Single(errors);
        Assert.Equal("meter_gebaut", error.GetProperty("property").GetString());
        Assert.Equal(0, error.GetProperty("featureIndex").GetInt32());
        Assert.Contains("implausible", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dates_outside_the_plan_horizon_are_refused_on_their_row()
    {
        var errors = await RefusedAsync($"trasse_id,meter_gebaut,stand\n{fixture.TrenchId},1,1901-05-01\n");
        Assert.Equal("stand", Assert.Single(errors).GetProperty("property").GetString());

        var milestones = await RefusedAsync($"liegenschaft_id,meilenstein,geplant,ist,status\n{fixture.SiteId},planung,2999-03-31,,offen\n");
        Assert.Equal("geplant", Assert.Single(milestones).GetProperty("property").GetString());
    }

    [Fact]
    public async Task Metres_within_the_trench_length_are_stored()
    {
        using var client = fixture.Client(Roles.Planer);
        var csv = FormattableString.Invariant($"trasse_id,meter_gebaut,stand\n{fixture.TrenchId},{Math.Floor(fixture.TrenchLength)},{Today}\n");
        await ExpectAsync(fixture, client, Send("POST", "api/progress?fileName=gut.csv", new StringContent(csv, Encoding.UTF8, "text/csv")), HttpStatusCode.OK);
    }
}
