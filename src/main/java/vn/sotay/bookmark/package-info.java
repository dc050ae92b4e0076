/** "Đánh dấu xem sau" (bookmarks) and "Đã xem gần đây" (recently viewed documents) of each member. */
package vn.sotay.bookmark;
