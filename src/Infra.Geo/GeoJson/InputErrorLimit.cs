using Infra.Core.Inputs;

namespace Infra.Geo.GeoJson;

/// <summary>Turns collected input errors into one <see cref="InputException"/>, listing at most <see cref="MaxErrors"/>.</summary>
internal static class InputErrorLimit
{
    public const int MaxErrors = 100;

    public static void ThrowIfAny(IReadOnlyList<InputError> errors, string file)
    {
        if (errors.Count == 0)
        {
            return;
        }

        if (errors.Count <= MaxErrors)
        {
            throw new InputException(errors);
        }

        var listed = errors.Take(MaxErrors).ToList();
        listed.Add(new InputError(file, null, null, null,
            $"{errors.Count - MaxErrors} more problems not listed ({errors.Count} in all; only the first {MaxErrors} are shown)"));
        throw new InputException(listed);
    }
}
