// Every rule of the plugin, by name. A rule's name equals its file name; the structure test checks that
// every file in rules/ is listed here, documented and tested.
export const rules = {};
