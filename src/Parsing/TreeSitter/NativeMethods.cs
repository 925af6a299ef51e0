using System.Runtime.InteropServices;

namespace CodeIntel.Parsing.TreeSitter;

/// <summary>P/Invoke surface of libtreesitter, which the Parsing project's build compiles from pinned sources.</summary>
internal static unsafe partial class NativeMethods
{
    internal const string Library = "treesitter";

    [LibraryImport(Library)] internal static partial IntPtr ts_parser_new();
    [LibraryImport(Library)] internal static partial void ts_parser_delete(IntPtr parser);
    [LibraryImport(Library)] internal static partial void ts_parser_reset(IntPtr parser);
    [LibraryImport(Library)] [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool ts_parser_set_language(IntPtr parser, IntPtr language);
    [LibraryImport(Library)]
    internal static partial IntPtr ts_parser_parse_with_options(IntPtr parser, IntPtr oldTree, TSInput input, TSParseOptions options);

    [LibraryImport(Library)] internal static partial void ts_tree_delete(IntPtr tree);
    [LibraryImport(Library)] internal static partial TSNode ts_tree_root_node(IntPtr tree);

    [LibraryImport(Library)] internal static partial uint ts_language_abi_version(IntPtr language);

    [LibraryImport(Library)] internal static partial byte* ts_node_type(TSNode node);
    [LibraryImport(Library)] internal static partial ushort ts_node_symbol(TSNode node);
    [LibraryImport(Library)] internal static partial uint ts_node_start_byte(TSNode node);
    [LibraryImport(Library)] internal static partial uint ts_node_end_byte(TSNode node);
    [LibraryImport(Library)] internal static partial TSPoint ts_node_start_point(TSNode node);
    [LibraryImport(Library)] internal static partial TSPoint ts_node_end_point(TSNode node);
    [LibraryImport(Library)] [return: MarshalAs(UnmanagedType.U1)] internal static partial bool ts_node_is_null(TSNode node);
    [LibraryImport(Library)] [return: MarshalAs(UnmanagedType.U1)] internal static partial bool ts_node_is_named(TSNode node);
    [LibraryImport(Library)] [return: MarshalAs(UnmanagedType.U1)] internal static partial bool ts_node_is_missing(TSNode node);
    [LibraryImport(Library)] [return: MarshalAs(UnmanagedType.U1)] internal static partial bool ts_node_is_error(TSNode node);
    [LibraryImport(Library)] [return: MarshalAs(UnmanagedType.U1)] internal static partial bool ts_node_has_error(TSNode node);
    [LibraryImport(Library)] internal static partial uint ts_node_child_count(TSNode node);
    [LibraryImport(Library)] internal static partial uint ts_node_named_child_count(TSNode node);
    [LibraryImport(Library)] internal static partial TSNode ts_node_child(TSNode node, uint index);
    [LibraryImport(Library)] internal static partial TSNode ts_node_named_child(TSNode node, uint index);
    [LibraryImport(Library)] internal static partial TSNode ts_node_parent(TSNode node);
    [LibraryImport(Library)] internal static partial TSNode ts_node_child_by_field_name(TSNode node, byte* name, uint nameLength);
    [LibraryImport(Library)] internal static partial byte* ts_node_field_name_for_child(TSNode node, uint index);

    [LibraryImport(Library)] internal static partial TSTreeCursor ts_tree_cursor_new(TSNode node);
    [LibraryImport(Library)] internal static partial void ts_tree_cursor_delete(TSTreeCursor* cursor);
    [LibraryImport(Library)] internal static partial TSNode ts_tree_cursor_current_node(TSTreeCursor* cursor);
    [LibraryImport(Library)] internal static partial byte* ts_tree_cursor_current_field_name(TSTreeCursor* cursor);
    [LibraryImport(Library)] [return: MarshalAs(UnmanagedType.U1)] internal static partial bool ts_tree_cursor_goto_first_child(TSTreeCursor* cursor);
    [LibraryImport(Library)] [return: MarshalAs(UnmanagedType.U1)] internal static partial bool ts_tree_cursor_goto_next_sibling(TSTreeCursor* cursor);
    [LibraryImport(Library)] [return: MarshalAs(UnmanagedType.U1)] internal static partial bool ts_tree_cursor_goto_parent(TSTreeCursor* cursor);
    [LibraryImport(Library)] internal static partial uint ts_tree_cursor_current_depth(TSTreeCursor* cursor);

    [LibraryImport(Library)] internal static partial IntPtr tree_sitter_c();
    [LibraryImport(Library)] internal static partial IntPtr tree_sitter_cpp();
    [LibraryImport(Library)] internal static partial IntPtr tree_sitter_c_sharp();
    [LibraryImport(Library)] internal static partial IntPtr tree_sitter_java();
    [LibraryImport(Library)] internal static partial IntPtr tree_sitter_javascript();
    [LibraryImport(Library)] internal static partial IntPtr tree_sitter_php();
    [LibraryImport(Library)] internal static partial IntPtr tree_sitter_python();
    [LibraryImport(Library)] internal static partial IntPtr tree_sitter_typescript();
    [LibraryImport(Library)] internal static partial IntPtr tree_sitter_tsx();
}
