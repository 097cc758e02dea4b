using System.Text;

namespace Infra.Core.Codes;

/// <summary>
/// PascalCase to snake_case, the one spelling of codes, JSON fields, YAML keys and table columns:
/// an underscore before every capital that follows a lower-case letter or a digit ("RadioRange1GbpsM" gives
/// "radio_range1_gbps_m", "MicroTrench" gives "micro_trench").
/// </summary>
public static class SnakeCase
{
    public static string Of(string pascal)
    {
        ArgumentNullException.ThrowIfNull(pascal);
        var sb = new StringBuilder(pascal.Length + 8);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c) && i > 0 && (char.IsLower(pascal[i - 1]) || char.IsDigit(pascal[i - 1])))
            {
                sb.Append('_');
            }

            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }
}
