using Infra.Core.Inputs;

namespace Infra.Geo.Layers;

/// <summary>Merges the files of each layer: records in file order; an id in two files of a layer is an error naming both.</summary>
public static class LayerMerge
{
    /// <exception cref="InputException">An id occurs in two files of the same layer.</exception>
    public static Dictionary<LayerSchema, List<object>> Merge(IReadOnlyList<LayerContent> contents)
    {
        ArgumentNullException.ThrowIfNull(contents);
        var merged = new Dictionary<LayerSchema, List<object>>();
        var seen = new Dictionary<(LayerSchema, string), string>();
        var errors = new List<InputError>();
        foreach (var content in contents)
        {
            if (!merged.TryGetValue(content.Schema, out var list))
            {
                merged[content.Schema] = list = [];
            }

            for (var i = 0; i < content.Items.Count; i++)
            {
                var id = LayerFiles.IdOf(content.Items[i]);
                if (seen.TryGetValue((content.Schema, id), out var first))
                {
                    errors.Add(new InputError(content.Source, i, id, "id", $"id also used in {first}"));
                    continue;
                }

                seen[(content.Schema, id)] = content.Source;
                list.Add(content.Items[i]);
            }
        }

        return errors.Count > 0 ? throw new InputException(errors) : merged;
    }
}
