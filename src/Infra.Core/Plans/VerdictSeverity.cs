using System.Text.Json.Serialization;
using Infra.Core.Codes;

namespace Infra.Core.Plans;

/// <summary>How serious a verdict is; codes info, warning, error.</summary>
[JsonConverter(typeof(CodeEnumConverter<VerdictSeverity>))]
public enum VerdictSeverity
{
    Info,
    Warning,
    Error,
}
