using Infra.Core.Codes;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Infra.Data.Conversion;

/// <summary>Stores an enum value as its snake-case name (<c>micro_trench</c>), readable in SQL and QGIS.</summary>
internal sealed class SnakeCaseEnumConverter<TEnum> : ValueConverter<TEnum, string>
    where TEnum : struct, Enum
{
    public SnakeCaseEnumConverter()
        : base(v => EnumCodes.Of(v), s => EnumCodes.Parse<TEnum>(s))
    {
    }
}
