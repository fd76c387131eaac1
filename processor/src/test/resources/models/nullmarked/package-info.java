/** A NullMarked model: everything is non-null unless it says @Nullable (JSpecify). */
@NullMarked
package nullmarked;

import org.jspecify.annotations.NullMarked;
