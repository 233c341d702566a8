using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using PsFunctions.Sync.ChangeFeed;
using PsFunctions.Sync.Hashing;
using PsFunctions.Sync.Tests.Hashing;

namespace PsFunctions.Sync.Tests.ChangeFeed;

public sealed class StudentFingerprintTests
{
    private static readonly string[] Tracked = ["id", "name", "demographics.gender", "school_enrollment"];

    private static readonly IdentityHasher Hasher = TestHashing.Hasher;

    [Fact]
    public void Same_data_in_a_different_key_order_hashes_the_same()
    {
        var one = Student("""{"id":7,"name":{"first_name":"A","last_name":"B"},"school_enrollment":{"grade_level":3,"school_number":100}}""");
        var two = Student("""{"school_enrollment":{"school_number":100,"grade_level":3},"name":{"last_name":"B","first_name":"A"},"id":7}""");

        Assert.Equal(
            StudentFingerprint.Compute(one, Tracked, "1001", Hasher).Format(),
            StudentFingerprint.Compute(two, Tracked, "1001", Hasher).Format());
    }

    [Fact]
    public void A_changed_nested_value_names_only_its_tracked_field()
    {
        var before = StudentFingerprint.Compute(Student("""{"id":7,"name":{"first_name":"A"},"demographics":{"gender":"F","birth_date":"2015-01-02"}}"""), Tracked, "1001", Hasher);
        var after = StudentFingerprint.Compute(Student("""{"id":7,"name":{"first_name":"A"},"demographics":{"gender":"M","birth_date":"2015-01-02"}}"""), Tracked, "1001", Hasher);

        Assert.NotEqual(before.RecordHash, after.RecordHash);
        Assert.Equal(["demographics.gender"], after.ChangedFieldsSince(before));
    }

    [Fact]
    public void An_untracked_change_leaves_the_hash_alone()
    {
        var before = StudentFingerprint.Compute(Student("""{"id":7,"demographics":{"gender":"F","birth_date":"2015-01-02"}}"""), Tracked, "1001", Hasher);
        var after = StudentFingerprint.Compute(Student("""{"id":7,"demographics":{"gender":"F","birth_date":"2016-03-04"},"addresses":{}}"""), Tracked, "1001", Hasher);

        Assert.Equal(before.RecordHash, after.RecordHash);
    }

    [Fact]
    public void A_value_set_to_null_counts_as_removed_and_changes_the_hash()
    {
        var before = StudentFingerprint.Compute(Student("""{"id":7,"name":{"first_name":"A","middle_name":"Q"}}"""), Tracked, null, Hasher);
        var after = StudentFingerprint.Compute(Student("""{"id":7,"name":{"first_name":"A","middle_name":null}}"""), Tracked, null, Hasher);

        Assert.Equal(["name"], after.ChangedFieldsSince(before));
    }

    [Fact]
    public void Stored_form_keeps_hashes_and_student_number_but_no_values()
    {
        var fingerprint = StudentFingerprint.Compute(Student("""{"id":7,"name":{"first_name":"Rosalind"}}"""), Tracked, "1001", Hasher);

        var stored = fingerprint.Format();
        var parsed = StudentFingerprint.Parse(stored)!;

        Assert.DoesNotContain("Rosalind", stored, StringComparison.Ordinal);
        Assert.Equal(fingerprint.RecordHash, parsed.RecordHash);
        Assert.Equal("1001", parsed.StudentNumber);
        Assert.Equal(fingerprint.FieldHashes, parsed.FieldHashes);
        Assert.Equal(Hasher.KeyId, parsed.HashKeyId);
        Assert.Null(StudentFingerprint.Parse("not a fingerprint"));
    }

    [Fact]
    public void Hashes_are_keyed_differ_under_another_key_and_are_not_plain_SHA256()
    {
        const string TrackedJson = """{"id":7,"name":{"first_name":"Rosalind","last_name":"Franklin"}}""";
        var student = Student(TrackedJson);

        var keyed = StudentFingerprint.Compute(student, ["id", "name"], "1001", Hasher);
        var other = StudentFingerprint.Compute(student, ["id", "name"], "1001", TestHashing.OtherHasher);

        // What the previous version stored: SHA-256 of the canonical tracked fields, which anyone can recompute from a guess.
        var plain = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(TrackedJson)));
        Assert.NotEqual(plain, keyed.RecordHash);
        Assert.NotEqual(plain, other.RecordHash);
        Assert.NotEqual(keyed.RecordHash, other.RecordHash);
        Assert.NotEqual(keyed.FieldHashes["name"], other.FieldHashes["name"]);
        Assert.NotEqual(keyed.HashKeyId, other.HashKeyId);
        Assert.Equal(keyed.Format(), StudentFingerprint.Compute(Student(TrackedJson), ["id", "name"], "1001", Hasher).Format());
    }

    [Fact]
    public void A_stored_form_from_before_keyed_hashes_parses_without_a_key_id()
    {
        var current = StudentFingerprint.Compute(Student("""{"id":7}"""), ["id"], "1001", Hasher).Format();
        var stored = current.Replace($";@={Hasher.KeyId}", string.Empty, StringComparison.Ordinal);

        var parsed = StudentFingerprint.Parse(stored)!;

        Assert.NotEqual(current, stored);
        Assert.Null(parsed.HashKeyId);
        Assert.Equal("1001", parsed.StudentNumber);
        Assert.Equal(["id"], parsed.FieldHashes.Keys);
    }

    [Fact]
    public void Fields_tracked_by_only_one_side_are_not_reported_as_changed()
    {
        var before = StudentFingerprint.Compute(Student("""{"id":7,"name":{"first_name":"A"}}"""), ["id", "name"], "1", Hasher);
        var after = StudentFingerprint.Compute(Student("""{"id":7,"name":{"first_name":"A"},"local_id":5}"""), ["id", "name", "local_id"], "1", Hasher);

        Assert.Empty(after.ChangedFieldsSince(before));
    }

    private static JsonObject Student(string json) => JsonNode.Parse(json)!.AsObject();
}
