using System.Globalization;
using System.Text;

namespace PsFunctions.Sync.Contacts;

/// <summary>
/// How contact matching compares people: names without case, accents or whitespace differences (<c>José  de la Cruz</c>
/// is <c>JOSE DE LA CRUZ</c>), e-mail addresses without case, phones by their last ten digits.
/// </summary>
internal static class ContactIdentity
{
    public static string Name(string? name)
    {
        var decomposed = (name ?? "").Trim().Normalize(NormalizationForm.FormD);
        var letters = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = letters.Length > 0;
                continue;
            }

            if (space)
            {
                letters.Append(' ');
                space = false;
            }

            letters.Append(char.ToUpperInvariant(c));
        }

        return letters.ToString();
    }

    public static string Email(string email) => email.Trim().ToLowerInvariant();

    public static string Phone(string phone)
    {
        var digits = new string([.. phone.Where(char.IsAsciiDigit)]);
        return digits.Length > 10 ? digits[^10..] : digits;
    }
}
