using PsFunctions.Sync.Contacts;
using PsFunctions.Sync.Mapping;
using PsFunctions.Sync.Mapping.Contacts;

namespace PsFunctions.Sync.Tests.Contacts;

/// <summary>The matching rules of docs/contacts.md: family first, then the district by name and a shared e-mail or phone.</summary>
public sealed class ContactMatcherTests
{
    private static readonly MappedContact Jane = new("parent1", "Jane", null, "Smith", "Mother")
    {
        Emails = [new MappedContactChannel("jane@example.org", "Personal", FieldUpdatePolicy.Write)],
        Phones = [new MappedContactChannel("217-555-0101", "Mobile", FieldUpdatePolicy.Write)],
    };

    private static KnownContact Known(long id, string first, string last, bool family, string? email = null, string? phone = null) =>
        new(id, first, last, family) { Emails = email is null ? [] : [email], Phones = phone is null ? [] : [phone] };

    [Fact]
    public void A_family_contact_with_the_same_name_is_reused_without_a_shared_channel()
    {
        var match = ContactMatcher.Match(Jane, [Known(7, "JANE", " smith ", family: true)]);

        Assert.Equal(ContactMatch.Reuse(ContactMatchKind.Family, 7), match, ContactMatchComparer.Instance);
    }

    [Fact]
    public void Names_match_without_accents_case_or_extra_whitespace()
    {
        var jose = Jane with { FirstName = "José", LastName = "de la  Cruz" };

        Assert.Equal(7, ContactMatcher.Match(jose, [Known(7, "JOSE", "De La Cruz", family: true)]).ContactId);
    }

    [Fact]
    public void A_family_contact_with_another_first_name_but_the_same_last_name_and_phone_is_the_same_person()
    {
        var match = ContactMatcher.Match(Jane, [Known(7, "Janet", "Smith", family: true, phone: "(217) 555-0101")]);

        Assert.Equal((ContactMatchKind.Family, 7L), (match.Kind, match.ContactId!.Value));
    }

    [Fact]
    public void Two_family_contacts_of_one_name_are_narrowed_by_a_shared_e_mail()
    {
        var match = ContactMatcher.Match(Jane, [Known(7, "Jane", "Smith", true), Known(8, "Jane", "Smith", true, email: "JANE@example.org")]);

        Assert.Equal((ContactMatchKind.Family, 8L), (match.Kind, match.ContactId!.Value));
    }

    [Fact]
    public void Two_family_contacts_of_one_name_neither_sharing_anything_are_ambiguous()
    {
        var match = ContactMatcher.Match(Jane, [Known(8, "Jane", "Smith", true), Known(7, "Jane", "Smith", true)]);

        Assert.Equal(ContactMatchKind.Ambiguous, match.Kind);
        Assert.Null(match.ContactId);
        Assert.Equal([7L, 8L], match.Candidates);
    }

    [Fact]
    public void A_district_contact_needs_the_same_name_and_a_shared_channel()
    {
        Assert.Equal(ContactMatchKind.New, ContactMatcher.Match(Jane, [Known(9, "Jane", "Smith", false)]).Kind);
        Assert.Equal(ContactMatchKind.New, ContactMatcher.Match(Jane, [Known(9, "Janet", "Smith", false, phone: "217-555-0101")]).Kind);

        var match = ContactMatcher.Match(Jane, [Known(9, "Jane", "Smith", false, phone: "1-217-555-0101")]);
        Assert.Equal((ContactMatchKind.District, 9L), (match.Kind, match.ContactId!.Value));
    }

    [Fact]
    public void Two_district_contacts_sharing_a_channel_are_ambiguous()
    {
        var match = ContactMatcher.Match(Jane, [Known(9, "Jane", "Smith", false, email: "jane@example.org"), Known(10, "Jane", "Smith", false, phone: "2175550101")]);

        Assert.Equal(ContactMatchKind.Ambiguous, match.Kind);
        Assert.Equal([9L, 10L], match.Candidates);
    }

    [Fact]
    public void The_family_is_checked_before_the_district()
    {
        var match = ContactMatcher.Match(Jane, [Known(9, "Jane", "Smith", false, email: "jane@example.org"), Known(7, "Jane", "Smith", true)]);

        Assert.Equal((ContactMatchKind.Family, 7L), (match.Kind, match.ContactId!.Value));
    }

    [Fact]
    public void Nobody_known_means_a_new_contact()
    {
        Assert.Same(ContactMatch.New, ContactMatcher.Match(Jane, []));
    }

    private sealed class ContactMatchComparer : IEqualityComparer<ContactMatch>
    {
        public static readonly ContactMatchComparer Instance = new();

        public bool Equals(ContactMatch? x, ContactMatch? y) =>
            x is not null && y is not null && x.Kind == y.Kind && x.ContactId == y.ContactId && x.Candidates.SequenceEqual(y.Candidates);

        public int GetHashCode(ContactMatch obj) => HashCode.Combine(obj.Kind, obj.ContactId);
    }
}
