using System.Security.Cryptography;
using System.Text;
using PsFunctions.Sync.Mapping;
using PsFunctions.Sync.Students;
using PsFunctions.Sync.Tests.Hashing;

namespace PsFunctions.Sync.Tests.Students;

public sealed class StudentClaimKeysTests
{
    private static readonly StudentMatchKeys NewChild = new(null, "IL-2031", "Franklin", "Rosalind", new DateOnly(2016, 7, 25));

    [Fact]
    public void Claim_keys_are_keyed_hashes_that_differ_under_another_key_and_from_the_plain_SHA256()
    {
        var keys = StudentClaimKeys.For(NewChild, TestHashing.Hasher);
        var other = StudentClaimKeys.For(NewChild, TestHashing.OtherHasher);

        // What the previous version stored: SHA-256 of the identity, which a dictionary of names and birth dates reverses.
        string[] plain = [Sha256("state:IL-2031"), Sha256("name:FRANKLIN|ROSALIND|2016-07-25")];
        Assert.Equal(2, keys.Count);
        Assert.All(keys, key => Assert.Matches("^[0-9a-f]{64}$", key));
        Assert.Empty(keys.Intersect(plain));
        Assert.Empty(keys.Intersect(other));
    }

    [Fact]
    public void The_same_child_typed_differently_gets_the_same_keys()
    {
        var typed = NewChild with { LastName = " franklin ", FirstName = "ROSALIND", StateId = "il-2031 " };

        Assert.Equal(StudentClaimKeys.For(NewChild, TestHashing.Hasher), StudentClaimKeys.For(typed, TestHashing.Hasher));
    }

    [Fact]
    public void A_record_with_a_student_number_needs_no_claim() =>
        Assert.Empty(StudentClaimKeys.For(NewChild with { StudentNumber = "112036" }, TestHashing.Hasher));

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
