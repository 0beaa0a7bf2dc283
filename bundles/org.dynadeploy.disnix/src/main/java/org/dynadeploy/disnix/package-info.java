/**
 * Dynamic Disnix (dydisnix) interoperability: reading and writing the dydisnix XML formats
 * (services, infrastructure version 2, distribution, id resources, ids, docs config), writing the
 * Nix expressions {@code disnix-env} and dydisnix read (distribution, ids), and importing Nix
 * models through {@code nix-instantiate}. Every reader and writer works on the EMF model of
 * {@code org.dynadeploy.model}; every problem is a {@link org.dynadeploy.disnix.DisnixFormatException}
 * that says where ({@code file:line:column}) and what to fix. XML is parsed with DOCTYPE
 * declarations refused, so no entity is ever resolved.
 */
package org.dynadeploy.disnix;
