using System;
using System.Globalization;

namespace SummitData.Tests.Infrastructure;

internal static class Cultures
{
    /// <summary>Runs <paramref name="render"/> with the current culture set to <paramref name="name"/> ("" is the invariant culture).</summary>
    public static string Render(string name, Func<string> render)
    {
        CultureInfo culture = CultureInfo.CurrentCulture, uiCulture = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
            return render();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }
}
