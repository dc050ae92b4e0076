/** Demo data for a first look ({@code --sotay.demo=true}): the corpus tree, members, documents and the seed article. */
package vn.sotay.demo;
