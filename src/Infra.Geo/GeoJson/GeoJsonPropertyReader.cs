using Infra.Core.Codes;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using Infra.Core.Inputs;

namespace Infra.Geo.GeoJson;

/// <summary>
/// The <c>properties</c> of one feature, with typed getters. A getter returns null when the property is absent or
/// JSON null (and adds an error when it is required); a value of the wrong type or out of range adds an
/// <see cref="InputError"/> naming file, feature index, id and <c>properties.&lt;name&gt;</c>, and returns null.
/// </summary>
public sealed class GeoJsonPropertyReader
{

    internal GeoJsonPropertyReader(string file, int featureIndex, string? featureId, IReadOnlyDictionary<string, JsonElement> values)
    {
        File = file;
        FeatureIndex = featureIndex;
        FeatureId = featureId;
        Values = values;
    }

    public string File { get; }

    public int FeatureIndex { get; }

    public string? FeatureId { get; }

    /// <summary>The raw values by property name.</summary>
    public IReadOnlyDictionary<string, JsonElement> Values { get; }

    /// <summary>An error about this feature; <paramref name="property"/> is the full path, e.g. <c>properties.kind</c>.</summary>
    public InputError Error(string? property, string message) => new(File, FeatureIndex, FeatureId, property, message);

    public string? GetString(string name, ICollection<InputError> errors, bool required = false)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (!Present(name, errors, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            WrongType(name, errors, "a string", value);
            return null;
        }

        var text = value.GetString()!;
        if (required && string.IsNullOrWhiteSpace(text))
        {
            errors.Add(Error(Path(name), "required property is empty"));
            return null;
        }

        return text;
    }

    /// <summary>An integer in <paramref name="min"/>..<paramref name="max"/>; 3.0 counts as 3.</summary>
    public int? GetInt32(string name, ICollection<InputError> errors, bool required = false, int min = int.MinValue, int max = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (!Present(name, errors, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number) || number != Math.Floor(number) ||
            number < int.MinValue || number > int.MaxValue)
        {
            WrongType(name, errors, "an integer", value);
            return null;
        }

        var result = (int)number;
        if (result < min || result > max)
        {
            errors.Add(Error(Path(name), $"value {Raw(value)} is out of range: must be {Range(min, max)}"));
            return null;
        }

        return result;
    }

    /// <summary>A finite number ≥ <paramref name="min"/> (&gt; when <paramref name="minExclusive"/>).</summary>
    public double? GetDouble(string name, ICollection<InputError> errors, bool required = false, double min = double.NegativeInfinity,
        bool minExclusive = false)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (!Present(name, errors, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number) || !double.IsFinite(number))
        {
            WrongType(name, errors, "a finite number", value);
            return null;
        }

        if (number < min || (minExclusive && number == min))
        {
            var bound = min.ToString(CultureInfo.InvariantCulture);
            errors.Add(Error(Path(name), $"value {Raw(value)} is out of range: must be {(minExclusive ? "greater than" : "at least")} {bound}"));
            return null;
        }

        return number;
    }

    public bool? GetBoolean(string name, ICollection<InputError> errors, bool required = false)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (!Present(name, errors, required, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => WrongType(name, errors, "true or false", value),
        };
    }

    /// <summary>An enum value by its snake_case name (<see cref="Infra.Core.Codes.EnumCodes"/>); the error lists the valid names.</summary>
    public TEnum? GetEnum<TEnum>(string name, ICollection<InputError> errors, bool required = false)
        where TEnum : struct, Enum
    {
        var text = GetString(name, errors, required);
        if (text is null)
        {
            return null;
        }

        if (EnumCodes.TryParse(text, out TEnum result))
        {
            return result;
        }

        errors.Add(Error(Path(name), $"unknown value '{text}'; valid values: {string.Join(", ", EnumCodes.All<TEnum>())}"));
        return null;
    }

    /// <summary>An array of strings.</summary>
    public IReadOnlyList<string>? GetStringArray(string name, ICollection<InputError> errors, bool required = false)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (!Present(name, errors, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
        {
            WrongType(name, errors, "an array of strings", value);
            return null;
        }

        return value.EnumerateArray().Select(e => e.GetString()!).ToArray();
    }

    /// <summary>An array of snake_case enum names; every unknown name is an error.</summary>
    public IReadOnlyList<TEnum>? GetEnumArray<TEnum>(string name, ICollection<InputError> errors, bool required = false)
        where TEnum : struct, Enum
    {
        var texts = GetStringArray(name, errors, required);
        if (texts is null)
        {
            return null;
        }

        var result = new List<TEnum>();
        foreach (var text in texts)
        {
            if (EnumCodes.TryParse(text, out TEnum value))
            {
                result.Add(value);
            }
            else
            {
                errors.Add(Error(Path(name), $"unknown value '{text}'; valid values: {string.Join(", ", EnumCodes.All<TEnum>())}"));
                return null;
            }
        }

        return result;
    }

    private static string Path(string name) => "properties." + name;

    private static string Range(int min, int max) => (min, max) switch
    {
        (int.MinValue, _) => $"at most {max.ToString(CultureInfo.InvariantCulture)}",
        (_, int.MaxValue) => $"at least {min.ToString(CultureInfo.InvariantCulture)}",
        _ => $"{min.ToString(CultureInfo.InvariantCulture)}..{max.ToString(CultureInfo.InvariantCulture)}",
    };

    private static string Raw(JsonElement value)
    {
        var raw = value.GetRawText();
        return raw.Length <= 40 ? raw : raw[..40] + "…";
    }

    private bool Present(string name, ICollection<InputError> errors, bool required, out JsonElement value)
    {
        if (Values.TryGetValue(name, out value) && value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        if (required)
        {
            errors.Add(Error(Path(name), "required property is missing"));
        }

        return false;
    }

    [SuppressMessage("Design", "CA1062", Justification = "errors is checked by every public caller")]
    private bool? WrongType(string name, ICollection<InputError> errors, string expected, JsonElement value)
    {
        errors.Add(Error(Path(name), $"expected {expected}, found {value.ValueKind.ToString().ToLowerInvariant()} {Raw(value)}"));
        return null;
    }
}
