/** Value objects and text helpers shared by every module; no stateful beans. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.sotay.shared;
