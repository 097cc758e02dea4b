using System.Net;
using System.Text;
using System.Text.Json;
using Infra.Web.Auth;
using Infra.Web.Tests.Support;

namespace Infra.Web.Tests.Api;

[Collection(WebTestGroup.Name)]
public sealed class ProgressTests(WebAppFixture fixture)
{
    [Fact]
    public async Task A_progress_report_is_imported_by_a_planer_and_its_milestones_are_listed()
    {
        var path = Path.Combine(WebAppFixture.RepoRoot, "geodata", "examples", "fortschritt-meilensteine.csv");
        using var content = new MultipartFormDataContent { { new ByteArrayContent(await File.ReadAllBytesAsync(path)), "file", "fortschritt-meilensteine.csv" } };
        var response = await fixture.Client(Roles.Planer).PostAsync(new Uri("/api/progress", UriKind.Relative), content);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        using var result = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(result.RootElement.GetProperty("rows").GetInt32() > 0);

        using var milestones = JsonDocument.Parse(await fixture.Client().GetStringAsync(new Uri("/api/progress/milestones?siteId=SCH-129150", UriKind.Relative)));
        Assert.True(milestones.RootElement.GetProperty("total").GetInt32() > 0);
    }

    [Fact]
    public async Task A_report_with_an_unknown_site_is_refused_with_the_row()
    {
        const string csv = "liegenschaft_id,meilenstein,geplant,ist,status\nGIBT-ES-NICHT,planung,2025-03-31,2025-03-12,erledigt\n";
        var response = await fixture.Client(Roles.Planer).PostAsync(
            new Uri("/api/progress?fileName=bericht.csv", UriKind.Relative), new StringContent(csv, Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = problem.RootElement.GetProperty("errors")[0];
        Assert.Equal("bericht.csv", error.GetProperty("file").GetString());
        Assert.Contains("GIBT-ES-NICHT", error.GetProperty("text").GetString(), StringComparison.Ordinal);
    }
}
