using System.Globalization;
using System.Text;

namespace Infra.Cli.Commands;

/// <summary>
/// Seeded contractor reports for the tracking benchmark: a first report with every site's six milestones (a random
/// number done, in order, dated in the past) and every trench's metres, then update reports that finish the next
/// milestone of each unfinished site, add metres to every trench and repeat unchanged rows, until the rows are used up.
/// Every report is valid, so the benchmark measures imports, not rejections.
/// </summary>
internal static class ProgressReportGenerator
{
    private const int Milestones = 6;
    private static readonly string[] Codes = ["planung", "genehmigung", "tiefbau", "einblasen_spleissen", "inbetriebnahme", "wlan"];

    public sealed record Report(string FileName, byte[] Content, int Rows);

    public static IReadOnlyList<Report> Generate(
        IReadOnlyList<string> siteIds, IReadOnlyList<(string Id, double LengthM)> trenches, int rows, int seed, DateOnly today)
    {
        var random = new Random(seed);
        var first = new DateOnly(2024, 1, 1);
        // Per site: milestones done, the date of the last one, and the planned date of each.
        var done = siteIds.Select(_ => random.Next(0, Milestones + 1)).ToArray();
        var planned = siteIds.Select(_ => Enumerable.Range(0, Milestones).Select(i => first.AddDays(random.Next(0, 120) + (i * 60))).ToArray()).ToArray();
        var actual = siteIds.Select((_, s) => new DateOnly?[Milestones]).ToArray();
        for (var s = 0; s < siteIds.Count; s++)
        {
            var date = first.AddDays(random.Next(0, 60));
            for (var i = 0; i < done[s]; i++)
            {
                date = date.AddDays(random.Next(10, 45));
                actual[s][i] = date;
            }
        }

        var metres = trenches.Select(t => Math.Round(random.NextDouble() * t.LengthM, 1)).ToArray();
        var reports = new List<Report>();
        var left = rows;
        var stand = new DateOnly(2025, 6, 30);
        for (var number = 1; left > 0; number++)
        {
            var milestoneRows = new StringBuilder("liegenschaft_id,meilenstein,geplant,ist,status\n");
            var trenchRows = new StringBuilder("trasse_id,meter_gebaut,stand\n");
            var used = new HashSet<(int Site, int Milestone)>();
            var counts = new int[2];

            void Milestone(int s, int i)
            {
                var status = i < done[s] ? "erledigt" : i == done[s] ? "in_arbeit" : "offen";
                milestoneRows.Append(CultureInfo.InvariantCulture,
                    $"{siteIds[s]},{Codes[i]},{planned[s][i]:yyyy-MM-dd},{actual[s][i]:yyyy-MM-dd},{status}\n");
                used.Add((s, i));
                counts[0]++;
                left--;
            }

            if (number > 1)
            {
                // Progress since the last report: metres on every trench, the next milestone of each unfinished site.
                for (var t = 0; t < trenches.Count && left > 0; t++)
                {
                    metres[t] = Math.Min(trenches[t].LengthM, Math.Round(metres[t] + (random.NextDouble() * 40), 1));
                    trenchRows.Append(CultureInfo.InvariantCulture, $"{trenches[t].Id},{metres[t]:0.0},{stand:yyyy-MM-dd}\n");
                    counts[1]++;
                    left--;
                }

                for (var s = 0; s < siteIds.Count && left > 0; s++)
                {
                    if (done[s] < Milestones)
                    {
                        var previous = done[s] == 0 ? first : actual[s][done[s] - 1]!.Value;
                        actual[s][done[s]] = Min(previous.AddDays(random.Next(5, 30)), today);
                        done[s]++;
                        Milestone(s, done[s] - 1);
                    }
                }
            }

            // The full state (first report) or unchanged repetitions of it (later ones), as far as the rows go.
            for (var s = 0; s < siteIds.Count && left > 0; s++)
            {
                for (var i = 0; i < Milestones && left > 0; i++)
                {
                    if (!used.Contains((s, i)))
                    {
                        Milestone(s, i);
                    }
                }
            }

            for (var t = 0; number == 1 && t < trenches.Count && left > 0; t++)
            {
                trenchRows.Append(CultureInfo.InvariantCulture, $"{trenches[t].Id},{metres[t]:0.0},{stand:yyyy-MM-dd}\n");
                counts[1]++;
                left--;
            }

            Add(reports, $"bericht-{number:D2}-meilensteine.csv", milestoneRows, counts[0]);
            Add(reports, $"bericht-{number:D2}-trassen.csv", trenchRows, counts[1]);
            stand = Min(stand.AddDays(91), today);
        }

        return reports;
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static void Add(List<Report> reports, string name, StringBuilder content, int rows)
    {
        if (rows > 0)
        {
            reports.Add(new Report(name, Encoding.UTF8.GetBytes(content.ToString()), rows));
        }
    }
}
