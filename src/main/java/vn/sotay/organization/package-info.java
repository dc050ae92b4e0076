/** The tree of Party organisations (committee, sub-committees, cells) and who may act on which subtree. */
package vn.sotay.organization;
