using System.Reflection;
using System.Reflection.Emit;

namespace PsFunctions.Sync.Tests.Architecture;

/// <summary>
/// Every type of an assembly that a type refers to: in its signatures (base type, interfaces, fields,
/// properties, method parameters and returns, generic arguments, attributes) and in its method bodies (the
/// IL's type, method, field and token operands). Nested and compiler-generated types (lambdas, async state
/// machines) count for the type that declares them.
/// </summary>
internal static class TypeReferences
{
    private const BindingFlags Everything =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (OpCode)field.GetValue(null)!)
        .ToDictionary(code => code.Value);

    /// <summary>The types of <paramref name="within"/> that <paramref name="type"/> (and its nested types) refers to.</summary>
    public static IReadOnlySet<Type> Of(Type type, Assembly within)
    {
        var found = new HashSet<Type>();
        foreach (var declared in WithNested(type))
        {
            Collect(declared, found);
        }

        return found.Select(Outermost).Where(candidate => candidate.Assembly == within).ToHashSet();
    }

    private static IEnumerable<Type> WithNested(Type type) =>
        [type, .. type.GetNestedTypes(Everything).SelectMany(WithNested)];

    private static Type Outermost(Type type) => type.DeclaringType is { } outer ? Outermost(outer) : type;

    private static void Collect(Type type, HashSet<Type> found)
    {
        AddType(type.BaseType, found);
        foreach (var contract in type.GetInterfaces())
        {
            AddType(contract, found);
        }

        AddAttributes(type.GetCustomAttributesData(), found);
        foreach (var field in type.GetFields(Everything))
        {
            AddType(field.FieldType, found);
            AddAttributes(field.GetCustomAttributesData(), found);
        }

        foreach (var property in type.GetProperties(Everything))
        {
            AddType(property.PropertyType, found);
        }

        foreach (var method in type.GetMethods(Everything).Cast<MethodBase>().Concat(type.GetConstructors(Everything)))
        {
            AddMethod(method, found);
        }
    }

    private static void AddMethod(MethodBase method, HashSet<Type> found)
    {
        if (method is MethodInfo info)
        {
            AddType(info.ReturnType, found);
        }

        foreach (var parameter in method.GetParameters())
        {
            AddType(parameter.ParameterType, found);
        }

        AddAttributes(method.GetCustomAttributesData(), found);
        if (method.GetMethodBody() is { } body)
        {
            foreach (var local in body.LocalVariables)
            {
                AddType(local.LocalType, found);
            }

            AddIl(method, body.GetILAsByteArray() ?? [], found);
        }
    }

    private static void AddIl(MethodBase method, byte[] il, HashSet<Type> found)
    {
        var module = method.Module;
        var typeArguments = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var position = 0;
        while (position < il.Length)
        {
            var code = il[position] == 0xFE ? OpCodesByValue[(short)(0xFE00 | il[position + 1])] : OpCodesByValue[il[position]];
            position += code.Size;
            if (code.OperandType is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok)
            {
                var token = BitConverter.ToInt32(il, position);
                AddMember(module.ResolveMember(token, typeArguments, methodArguments), found);
            }

            position += OperandSize(code, il, position);
        }
    }

    private static int OperandSize(OpCode code, byte[] il, int position) => code.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, position)),
        _ => 4,
    };

    private static void AddMember(MemberInfo? member, HashSet<Type> found)
    {
        switch (member)
        {
            case Type type:
                AddType(type, found);
                break;
            case MethodBase method:
                AddType(method.DeclaringType, found);
                foreach (var argument in method.IsGenericMethod ? method.GetGenericArguments() : [])
                {
                    AddType(argument, found);
                }

                break;
            case FieldInfo field:
                AddType(field.DeclaringType, found);
                AddType(field.FieldType, found);
                break;
        }
    }

    private static void AddAttributes(IEnumerable<CustomAttributeData> attributes, HashSet<Type> found)
    {
        foreach (var attribute in attributes)
        {
            AddType(attribute.AttributeType, found);
            foreach (var argument in attribute.ConstructorArguments.Concat(attribute.NamedArguments.Select(named => named.TypedValue)))
            {
                if (argument.Value is Type referenced)
                {
                    AddType(referenced, found);
                }
            }
        }
    }

    private static void AddType(Type? type, HashSet<Type> found)
    {
        if (type is null || type.IsGenericParameter)
        {
            return;
        }

        if (type.HasElementType)
        {
            AddType(type.GetElementType(), found);
            return;
        }

        if (!found.Add(type))
        {
            return;
        }

        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            AddType(type.GetGenericTypeDefinition(), found);
            foreach (var argument in type.GetGenericArguments())
            {
                AddType(argument, found);
            }
        }
    }
}
