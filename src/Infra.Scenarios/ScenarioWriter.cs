using System.Collections;
using System.Globalization;
using Infra.Core.Scenarios;
using YamlDotNet.RepresentationModel;

namespace Infra.Scenarios;

/// <summary>A scenario as a YAML mapping with every key written (the inverse of <see cref="ScenarioBinder"/>).</summary>
internal static class ScenarioWriter
{
    public static YamlMappingNode Write(Scenario scenario) => (YamlMappingNode)Node(scenario);

    private static YamlNode Node(object value)
    {
        var type = value.GetType();
        if (ScenarioKeys.IsRecord(type))
        {
            var mapping = new YamlMappingNode();
            foreach (var (key, property) in ScenarioKeys.Of(type))
            {
                mapping.Add(key, Node(property.GetValue(value)!));
            }

            return mapping;
        }

        if (value is IDictionary dictionary)
        {
            var mapping = new YamlMappingNode();
            var keys = dictionary.Keys.Cast<object>().OrderBy(k => k);
            foreach (var key in keys)
            {
                mapping.Add(new YamlScalarNode(Scalar(key)), Node(dictionary[key]!));
            }

            if (mapping.Children.Count == 0)
            {
                mapping.Style = YamlDotNet.Core.Events.MappingStyle.Flow;
            }

            return mapping;
        }

        if (value is IEnumerable items and not string)
        {
            var isSet = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(HashSet<>);
            var elements = items.Cast<object>();
            var sequence = new YamlSequenceNode((isSet ? elements.OrderBy(e => e) : elements).Select(Node));
            if (isSet || sequence.Children.Count == 0)
            {
                sequence.Style = YamlDotNet.Core.Events.SequenceStyle.Flow;
            }

            return sequence;
        }

        return new YamlScalarNode(Scalar(value));
    }

    private static string Scalar(object value) => value switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        Enum e => ScenarioKeys.EnumToText(e),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()!,
    };
}
