namespace Infra.Core.Inputs;

/// <summary>Broken user data: carries every <see cref="InputError"/> found; nothing was written.</summary>
public sealed class InputException : Exception
{
    public InputException(IReadOnlyList<InputError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    public InputException(InputError error)
        : this([error])
    {
    }

    public InputException()
        : this([])
    {
    }

    public InputException(string message)
        : this(new InputError("(input)", null, null, null, message))
    {
    }

    public InputException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [new InputError("(input)", null, null, null, message)];
    }

    public IReadOnlyList<InputError> Errors { get; }

    private static string Describe(IReadOnlyList<InputError> errors) => errors.Count switch
    {
        0 => "invalid input",
        1 => errors[0].ToString(),
        _ => $"{errors.Count} problems; first: {errors[0]}" + Environment.NewLine + string.Join(Environment.NewLine, errors.Skip(1).Take(19)),
    };
}
