namespace SummitData.Tool;

/// <summary>
/// Where the JSON Schema of the annotation block is, for the <c># yaml-language-server: $schema=...</c> line that
/// <c>summitdata new</c> writes at the top of a new document (editors with the YAML language server then complete and
/// check the block as it is typed).
/// </summary>
/// <remarks>
/// This is the one place that names the schema's location. While the library publishes no schema
/// (<c>SummitData.Authoring.AnnotationSchema</c>), <see cref="Default"/> is null and <c>new</c> writes the line only
/// when <c>--schema</c> names a location; once it does, <see cref="Default"/> returns the schema's published address.
/// </remarks>
internal static class AnnotationSchemaReference
{
    /// <summary>The schema location <c>new</c> writes when <c>--schema</c> names none; null while no schema is published.</summary>
    public static string? Default => null;

    /// <summary>The comment line (without its <c>#</c>) that points the YAML language server at the schema.</summary>
    public static string HeaderComment(string location) => $"yaml-language-server: $schema={location}";
}
