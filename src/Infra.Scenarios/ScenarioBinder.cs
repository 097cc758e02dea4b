using System.Collections;
using System.Globalization;
using Infra.Core.Inputs;
using YamlDotNet.RepresentationModel;

namespace Infra.Scenarios;

/// <summary>
/// Writes the keys of a YAML mapping onto a scenario record (and its nested records) by reflection, collecting every
/// unknown key and wrongly typed value instead of stopping at the first. Nested records and dictionaries are merged
/// key by key over what the target already holds (the base scenario); scalars, lists and sets replace.
/// </summary>
internal sealed class ScenarioBinder(string file, List<InputError> errors)
{
    public void Bind(object target, YamlMappingNode mapping, string path, IReadOnlySet<string> skipKeys)
    {
        var properties = ScenarioKeys.Of(target.GetType());
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (skipKeys.Contains(key))
            {
                continue;
            }

            var keyPath = ScenarioKeys.Join(path, key);
            var match = properties.FirstOrDefault(p => p.Key == key);
            if (match.Property is null)
            {
                Error(keyPath, $"unknown key '{key}'; known keys here: {string.Join(", ", properties.Select(p => p.Key))}");
                continue;
            }

            if (TryConvert(match.Property.PropertyType, valueNode, keyPath, match.Property.GetValue(target), out var value))
            {
                match.Property.SetValue(target, value);
            }
        }
    }

    private bool TryConvert(Type type, YamlNode node, string path, object? current, out object? value)
    {
        value = null;
        if (ScenarioKeys.IsRecord(type))
        {
            if (node is not YamlMappingNode mapping)
            {
                return Wrong(path, node, "a mapping of keys");
            }

            value = current ?? Activator.CreateInstance(type)!;
            Bind(value, mapping, path, new HashSet<string>());
            return true;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>))
        {
            return TryConvertDictionary(type.GetGenericArguments(), node, path, current, out value);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() is var g && (g == typeof(IReadOnlySet<>) || g == typeof(IReadOnlyList<>)))
        {
            return TryConvertCollection(type.GetGenericArguments()[0], g == typeof(IReadOnlySet<>), node, path, out value);
        }

        return node is YamlScalarNode scalar ? TryConvertScalar(type, scalar, path, out value) : Wrong(path, node, "a single value");
    }

    private bool TryConvertDictionary(Type[] kv, YamlNode node, string path, object? current, out object? value)
    {
        value = null;
        if (node is not YamlMappingNode mapping)
        {
            return Wrong(path, node, "a mapping");
        }

        var result = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(kv))!;
        foreach (var entry in (IEnumerable?)current ?? Array.Empty<object>())
        {
            var pair = entry.GetType();
            result[pair.GetProperty("Key")!.GetValue(entry)!] = pair.GetProperty("Value")!.GetValue(entry);
        }

        var ok = true;
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var keyText = (keyNode as YamlScalarNode)?.Value ?? "";
            var keyPath = ScenarioKeys.Join(path, keyText);
            if (!TryConvertScalar(kv[0], (keyNode as YamlScalarNode) ?? new YamlScalarNode(""), keyPath, out var key))
            {
                ok = false;
            }
            else if (TryConvert(kv[1], valueNode, keyPath, null, out var item))
            {
                result[key!] = item;
            }
            else
            {
                ok = false;
            }
        }

        value = result;
        return ok;
    }

    private bool TryConvertCollection(Type itemType, bool asSet, YamlNode node, string path, out object? value)
    {
        value = null;
        if (node is not YamlSequenceNode sequence)
        {
            return Wrong(path, node, "a list");
        }

        var items = new List<object>();
        var ok = true;
        foreach (var (itemNode, index) in sequence.Children.Select((n, i) => (n, i)))
        {
            var itemPath = $"{path}[{index}]";
            if (itemNode is not YamlScalarNode scalar)
            {
                ok = Wrong(itemPath, itemNode, "a single value");
            }
            else if (TryConvertScalar(itemType, scalar, itemPath, out var item))
            {
                items.Add(item!);
            }
            else
            {
                ok = false;
            }
        }

        var collection = Activator.CreateInstance((asSet ? typeof(HashSet<>) : typeof(List<>)).MakeGenericType(itemType))!;
        var add = collection.GetType().GetMethod("Add")!;
        foreach (var item in items)
        {
            add.Invoke(collection, [item]);
        }

        value = collection;
        return ok;
    }

    private bool TryConvertScalar(Type type, YamlScalarNode scalar, string path, out object? value)
    {
        var text = scalar.Value ?? "";
        var invariant = CultureInfo.InvariantCulture;
        value = null;
        if (type == typeof(string))
        {
            value = text;
            return true;
        }

        if (type == typeof(int))
        {
            var ok = int.TryParse(text, NumberStyles.AllowLeadingSign, invariant, out var i);
            value = i;
            return ok || Wrong(path, scalar, "a whole number");
        }

        if (type == typeof(double))
        {
            var ok = double.TryParse(text, NumberStyles.Float, invariant, out var d) && double.IsFinite(d);
            value = d;
            return ok || Wrong(path, scalar, "a number");
        }

        if (type == typeof(bool))
        {
            var ok = bool.TryParse(text, out var b);
            value = b;
            return ok || Wrong(path, scalar, "true or false");
        }

        if (type == typeof(DateOnly))
        {
            var ok = DateOnly.TryParseExact(text, "yyyy-MM-dd", invariant, DateTimeStyles.None, out var date);
            value = date;
            return ok || Wrong(path, scalar, "a date yyyy-mm-dd");
        }

        if (type.IsEnum)
        {
            return ScenarioKeys.TryParseEnum(type, text, out value) || Wrong(path, scalar, "a " + ScenarioKeys.Describe(type));
        }

        throw new NotSupportedException($"scenario setting '{path}' has type {type.Name}, which scenario files cannot express");
    }

    private bool Wrong(string path, YamlNode node, string expected)
    {
        var got = node switch
        {
            YamlScalarNode s => $"'{s.Value}'",
            YamlSequenceNode => "a list",
            YamlMappingNode => "a mapping",
            _ => "something else",
        };
        Error(path, $"expected {expected}, got {got} (line {node.Start.Line})");
        return false;
    }

    private void Error(string path, string message) => errors.Add(new InputError(file, null, null, path, message));
}
