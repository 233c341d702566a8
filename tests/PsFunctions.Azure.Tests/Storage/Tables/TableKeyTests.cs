using PsFunctions.Azure.Storage.Tables;

namespace PsFunctions.Azure.Tests.Storage.Tables;

public sealed class TableKeyTests
{
    [Theory]
    [InlineData("plain-id_1")]
    [InlineData("a/b\\c#d?e%f~g")]
    [InlineData("tab\there\u0001\u007f\u0085")]
    [InlineData("~41")]
    public void Escaped_key_has_no_forbidden_characters_and_unescapes_to_the_id(string id)
    {
        var key = TableKey.Escape(id);

        Assert.DoesNotContain(key, c => c is '/' or '\\' or '#' or '?' or '%' || char.IsControl(c));
        Assert.Equal(id, TableKey.Unescape(key));
    }

    [Fact]
    public void Id_too_long_for_a_key_is_refused_naming_the_field()
    {
        var error = Assert.Throws<ArgumentException>(() => TableKey.Escape(new string('/', 200), "deliveryId"));

        Assert.Equal("deliveryId", error.ParamName);
    }
}
