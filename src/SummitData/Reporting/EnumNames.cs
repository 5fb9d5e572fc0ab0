using System;
using System.Text;

namespace SummitData.Reporting;

/// <summary>
/// The names of enum values exactly as the annotation format and the reports write them: the member name in
/// kebab-case (<c>SignedDuringVisit</c> is <c>signed-during-visit</c>), the inverse of the generator's PascalCase.
/// </summary>
public static class EnumNames
{
    /// <summary>The kebab-case name of <paramref name="value"/> (<see cref="FigureUnit.Usd"/> is <c>usd</c>).</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="value">The value to name. A value without a member name gives its number, as <see cref="Enum.ToString()"/> does.</param>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => Kebab(value.ToString());

    /// <summary>The kebab-case name of a boxed enum value, for columns that hold enums of any type.</summary>
    internal static string Of(Enum value) => Kebab(value.ToString());

    private static string Kebab(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }
}
