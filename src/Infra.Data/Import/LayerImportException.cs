namespace Infra.Data.Import;

/// <summary>A layer import failed in the database (a constraint, a lost connection); nothing of the whole import was written.</summary>
public sealed class LayerImportException : Exception
{
    public LayerImportException(Layer layer, Exception innerException)
        : base($"import of layer {layer} failed, nothing was written: {Innermost(innerException).Message}", innerException)
    {
        Layer = layer;
    }

    public LayerImportException()
    {
    }

    public LayerImportException(string message)
        : base(message)
    {
    }

    public LayerImportException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The layer being written when the failure happened.</summary>
    public Layer? Layer { get; }

    private static Exception Innermost(Exception e) => e.InnerException is { } inner ? Innermost(inner) : e;
}
