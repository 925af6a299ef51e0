#include <stdio.h>
#include <stdlib.h>

typedef struct {
    int *items;
    size_t count;
    size_t capacity;
} IntList;

enum Growth { GROW_DOUBLE, GROW_LINEAR };

static int grow(IntList *list, enum Growth policy)
{
    size_t capacity = policy == GROW_DOUBLE ? list->capacity * 2 : list->capacity + 16;
    int *items = realloc(list->items, capacity * sizeof *items);
    if (items == NULL) {
        return -1;
    }
    list->items = items;
    list->capacity = capacity;
    return 0;
}

/* Appends a value, growing the list when it is full. */
int list_push(IntList *list, int value)
{
    if (list->count == list->capacity && grow(list, GROW_DOUBLE) != 0) {
        return -1;
    }
    list->items[list->count++] = value;
    return 0;
}

#ifdef LIST_DEBUG
void list_dump(const IntList *list)
{
    for (size_t i = 0; i < list->count; i++) {
        printf("%d\n", list->items[i]);
    }
}
#endif
