package kz.jobalyq.system.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import kz.jobalyq.system.TextLimits;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * PostgreSQL cannot store or even compare text holding the NUL character: a query parameter, form field or
 * upload name with one is refused naming it before any of our code sees it (JSON text is checked by
 * {@link StrictJson}).
 */
@Configuration
public class NoNulParameters implements WebMvcConfigurer, HandlerInterceptor {

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).addPathPatterns("/api/**");
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
      for (String value : parameter.getValue()) {
        TextLimits.requireNoNul(parameter.getKey(), value);
      }
    }
    if (request instanceof MultipartHttpServletRequest multipart) {
      multipart.getMultiFileMap().forEach((field, files) -> {
        for (MultipartFile file : files) {
          TextLimits.requireNoNul(field, file.getOriginalFilename());
        }
      });
    }
    return true;
  }
}
