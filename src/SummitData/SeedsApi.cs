using System.Diagnostics.CodeAnalysis;

// The bundled seed data (SummitData.Seeds, generated from seeds/) is data, not API: its named properties follow the
// documents. The analyzer's severity settings in .editorconfig do not reach generated sources, so it is excluded here.
[assembly: SuppressMessage("ApiDesign", "RS0016:Add public types and members to the declared API", Scope = "type", Target = "~T:SummitData.Seeds", Justification = "Generated seed data, not API.")]
