using System.Text;

namespace Infra.Data.Naming;

/// <summary>PascalCase to snake_case as used for table columns, YAML keys and stored enum values.</summary>
internal static class SnakeCase
{
    /// <summary>"RadioRange1GbpsM" gives "radio_range1_gbps_m": an underscore before every capital that follows a lower-case letter or digit.</summary>
    public static string Of(string pascal)
    {
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

    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => Of(value.ToString());
}
