/** "Tin tức" and "Thông báo": articles the office publishes, with view counter and print view. */
package vn.sotay.news;
